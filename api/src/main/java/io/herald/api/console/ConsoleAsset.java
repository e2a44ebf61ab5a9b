package io.herald.api.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import io.helidon.common.LazyValue;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * A file the console loads that is not in its own folder (engine.js from the engine's jar, uPlot from its WebJar):
 * read from the class path once, with a strong ETag (its SHA-256) and a gzipped copy. Like the console's own files it
 * is revalidated on every load ({@code no-cache}), which costs a 304 while it is unchanged; gzip takes engine.js from
 * about 380 KB to 130 KB. Its presence is checked at start; it is read, gzipped and hashed when first asked for,
 * which at start, still interpreted, took about 40 ms of the main thread.
 */
final class ConsoleAsset {
    private final String contentType;
    private final LazyValue<Contents> contents;

    /** The bytes as read, gzipped, and the ETag. */
    private record Contents(byte[] bytes, byte[] gzipped, String etag) {
        static Contents of(byte[] bytes) {
            return new Contents(bytes, gzip(bytes), "\"" + sha256(bytes) + "\"");
        }
    }

    private ConsoleAsset(String contentType, LazyValue<Contents> contents) {
        this.contentType = contentType;
        this.contents = contents;
    }

    /** The class-path resource {@code path}; Herald does not start without it (a build that left it out). */
    static ConsoleAsset load(String path, String contentType) {
        ClassLoader loader = ConsoleAsset.class.getClassLoader();
        if (loader.getResource(path) == null) {
            throw new IllegalStateException("The admin console needs " + path + " on the class path; build with "
                                            + "./mvnw -pl api -am package");
        }
        return new ConsoleAsset(contentType, LazyValue.create(() -> Contents.of(read(loader, path))));
    }

    static ConsoleAsset of(String contentType, String text) {
        Contents contents = Contents.of(text.getBytes(StandardCharsets.UTF_8));
        return new ConsoleAsset(contentType, LazyValue.create(contents));
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String etag() {
        return contents.get().etag();
    }

    void send(ServerRequest req, ServerResponse res) {
        Contents contents = this.contents.get();
        String etag = contents.etag();
        res.header(HeaderNames.ETAG, etag);
        res.header(HeaderNames.VARY, "Accept-Encoding");
        if (req.headers().first(HeaderNames.IF_NONE_MATCH).filter(value -> value.contains(etag)).isPresent()) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        boolean gzip = req.headers().first(HeaderNames.ACCEPT_ENCODING).filter(ConsoleAsset::acceptsGzip).isPresent();
        if (gzip) {
            res.header(HeaderNames.CONTENT_ENCODING, "gzip");
        }
        res.send(gzip ? contents.gzipped() : contents.bytes());
    }

    /** {@code gzip} listed without {@code q=0}. */
    private static boolean acceptsGzip(String acceptEncoding) {
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
