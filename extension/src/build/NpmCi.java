import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Build step (run by Maven with Java's single-file launcher before the tests): installs the test-only npm packages of
 * {@code package.json} exactly as {@code package-lock.json} pins them, with {@code npm ci}. {@code npm ci} always
 * deletes {@code node_modules} and installs everything again (half a minute or more), so a stamp in
 * {@code node_modules} remembers the lock file it installed and the step does nothing while the lock file is the same.
 *
 * <p>Usage: {@code java NpmCi.java <folder holding package.json>}. Install scripts are not run: none of the packages
 * needs one, and a test tool has no business running code at install time.
 */
public final class NpmCi {

    private static final String STAMP = ".herald-installed-lock.sha256";

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NpmCi <folder holding package.json and package-lock.json>");
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        String lock = sha256(folder.resolve("package.json"), folder.resolve("package-lock.json"));
        Path stamp = folder.resolve("node_modules").resolve(STAMP);
        if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(lock)) {
            System.out.println("[npm] node_modules already holds what package-lock.json pins");
            return;
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = List.of(windows ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund",
                "--ignore-scripts");
        System.out.println("[npm] " + String.join(" ", command) + " in " + folder);
        Process npm;
        try {
            npm = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is not on the PATH. The extension's browser tests need Node.js and"
                    + " npm for their test tools (web-ext) and fixture libraries; install them (Debian: `apt-get"
                    + " install nodejs npm`), or build with -DskipTests.", e);
        }
        int exit = npm.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("npm ci failed with exit code " + exit + " in " + folder);
        }
        Files.writeString(stamp, lock + "\n");
    }

    private static String sha256(Path... files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private NpmCi() {
    }
}
