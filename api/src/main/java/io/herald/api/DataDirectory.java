package io.herald.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds what must stay private: the embedded database (emails, the visitor salts that would undo
 * the visitor hash, token hashes, site keys), the generated signing keys and the first admin invite. Where the file
 * system has POSIX permissions it is the owner's alone: the directory and the directories in it {@code rwx------},
 * its files {@code rw-------}.
 *
 * <p>At start the directory is created that way, or checked: anything in it that others may read is narrowed, with a
 * warning naming it (an installation from before this rule, or a copy made with a wide umask); when that is not
 * possible (another owner), Herald does not start. Files the database creates later get the umask's permissions, but
 * inside a directory nobody else may enter; those of the first start are narrowed right after the database opens.
 */
final class DataDirectory {
    private static final System.Logger LOG = System.getLogger(DataDirectory.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private DataDirectory() {
    }

    /** Creates the directory owner-only, or narrows what others could read in it, warning about each. */
    static void prepare(Path dir) {
        try {
            if (!Files.exists(dir)) {
                Path parent = dir.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (POSIX) {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                } else {
                    Files.createDirectory(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        for (Path narrowed : narrow(dir)) {
            LOG.log(Level.WARNING, narrowed + " could be read by other users; it is now owner-only");
        }
    }

    /** Narrows what the database has just created in the directory (its first files), quietly. */
    static void narrowNewFiles(Path dir) {
        narrow(dir);
    }

    /** Makes the directory and everything in it owner-only; returns what others could use before. */
    private static List<Path> narrow(Path dir) {
        List<Path> narrowed = new ArrayList<>();
        if (!POSIX) {
            return narrowed;
        }
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isSymbolicLink(entry) && !entry.equals(dir)) {
                    continue; // its target is not the data directory's to change
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                if (permissions.stream().noneMatch(OTHERS::contains)) {
                    continue;
                }
                Files.setPosixFilePermissions(entry, Files.isDirectory(entry) ? DIRECTORY : FILE);
                narrowed.add(entry);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The data directory " + dir + " must be readable by its owner only, and "
                                            + "Herald cannot make it so (" + e + "); change its owner or permissions",
                                            e);
        }
        return narrowed;
    }
}
