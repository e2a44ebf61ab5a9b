package io.herald.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The OpenAPI document as tests walk it: YAML read into maps and lists, absent parts read as empty. */
public final class OpenApiDocument {
    private OpenApiDocument() {
    }

    /** {@code META-INF/openapi.yaml} from the class path, the document Herald serves. */
    public static Map<String, Object> load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return map(new Load(LoadSettings.builder().build())
                               .loadFromString(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths of the document, each with its operations by lower-case method (and its shared parameters). */
    public static Map<String, Object> paths(Map<String, Object> document) {
        return map(document.get("paths"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
