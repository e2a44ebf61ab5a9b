package io.herald.api.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes secrets to disk (generated signing keys, the first admin invite, the click journal) readable by the owner
 * only where the file system has POSIX permissions. The file is created with those permissions, never widened
 * afterwards, and replaced atomically so a crash cannot leave half a key behind.
 */
public final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    public static void write(Path file, String content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            directory(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                                             attributes(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file.toAbsolutePath(), e);
        }
    }

    /** Creates {@code dir} (and missing parents) owner-only, unless it exists. */
    public static void directory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, attributes(PosixFilePermissions.fromString("rwx------")));
        }
    }

    /** A new file, owner-only from the start, open for reading and writing; fails if the file exists. */
    public static FileChannel create(Path file) throws IOException {
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                                             StandardOpenOption.WRITE),
                                attributes(PosixFilePermissions.fromString("rw-------")));
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                     : new FileAttribute<?>[0];
    }
}
