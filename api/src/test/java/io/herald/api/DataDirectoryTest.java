package io.herald.api;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/**
 * The data directory (embedded database, signing keys, first admin invite) is its owner's alone: created
 * {@code rwx------} with {@code rw-------} files, and narrowed at start, with a warning, when an older installation
 * left it open to others. Herald runs here with the embedded file database, as {@code ./herald start} does.
 */
class DataDirectoryTest {
    @BeforeEach
    void posixOnly() {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewDataDirectoryAndEverythingInItAreOwnerOnly() throws IOException {
        Path dataDir = TestHerald.tempDir().resolve("data");
        try (TestLogs logs = TestLogs.capture(); Herald herald = start(dataDir)) {
            assertThat(logs.records().stream().filter(record -> record.getLevel() == Level.WARNING)
                               .map(record -> record.getMessage()).toList(), empty());
            assertThat(Files.exists(dataDir.resolve("herald.mv.db")), is(true));
            assertThat(Files.exists(dataDir.resolve("keys").resolve("jwks.json")), is(true));
            assertThat(Files.exists(dataDir.resolve("admin-invite.txt")), is(true));
            assertThat(openToOthers(dataDir), empty());
            assertThat(permissions(dataDir), is("rwx------"));
            assertThat(permissions(dataDir.resolve("herald.mv.db")), is("rw-------"));
        }
    }

    @Test
    void aDataDirectoryOpenToOthersIsNarrowedAtStartWithAWarning() throws IOException {
        Path dataDir = TestHerald.tempDir().resolve("data");
        try (Herald herald = start(dataDir)) {
            // A first start: the database exists afterwards.
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("herald.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dataDir.resolve("keys"), PosixFilePermissions.fromString("rwxr-x---"));

        try (TestLogs logs = TestLogs.capture(); Herald herald = start(dataDir)) {
            assertThat(openToOthers(dataDir), empty());
            List<String> warnings = logs.records().stream()
                    .filter(record -> record.getLevel() == Level.WARNING)
                    .map(record -> record.getMessage()).toList();
            assertThat(warnings, hasItem(dataDir + " could be read by other users; it is now owner-only"));
            assertThat(warnings, hasItem(dataDir.resolve("herald.mv.db")
                                         + " could be read by other users; it is now owner-only"));
        }
    }

    private static Herald start(Path dataDir) {
        // No db.connection.url: the embedded H2 file database under the data directory.
        return Herald.start(HeraldConfig.load(Map.of("herald.data-dir", dataDir.toString())));
    }

    private static List<Path> openToOthers(Path dir) throws IOException {
        try (Stream<Path> entries = Files.walk(dir)) {
            return entries.filter(entry -> !permissions(entry).endsWith("------")).toList();
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
