package io.herald.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.helidon.common.config.Config;
import io.helidon.webserver.http.ServerRequest;

/**
 * Reads JSON request bodies into records. The body is bounded (413 past {@code herald.http.max-body-size}), and every
 * failure becomes a 400 that names the field: malformed JSON, a wrong type, an unknown enum value, or a rule broken in
 * a record's compact constructor (which throws {@link ApiException} through {@link Fields}).
 */
public final class JsonBodies {
    private final int maxBytes;

    public JsonBodies(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static JsonBodies create(Config config) {
        return new JsonBodies(config.get("herald.http.max-body-size").asInt().orElse(256 * 1024));
    }

    public int maxBytes() {
        return maxBytes;
    }

    public <T> T read(ServerRequest req, Class<T> type) {
        byte[] body = readBytes(req);
        if (body.length == 0) {
            throw ApiException.badRequest("A JSON request body is required.");
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("The request body must be a JSON object, not null.");
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("The request body is not valid: " + e.getOriginalMessage());
        } catch (InvalidFormatException e) {
            throw invalidValue(e);
        } catch (MismatchedInputException e) {
            String path = path(e);
            if (path.isEmpty()) {
                throw ApiException.badRequest("The request body must be a JSON object.");
            }
            throw ApiException.invalidField(path, "must be " + describe(e.getTargetType()) + ".");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            if (e.getCause() instanceof JsonProcessingException malformed) {
                // Databind wraps a parse error met inside an object it was building.
                throw notWellFormed(malformed);
            }
            throw ApiException.badRequest("The request body is not valid: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw notWellFormed(e);
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    /** The raw body, bounded by the configured limit. */
    public byte[] readBytes(ServerRequest req) {
        req.headers().contentType().ifPresent(type -> {
            String subtype = type.mediaType().subtype();
            if (!subtype.equals("json") && !subtype.endsWith("+json")) {
                throw ApiException.unsupportedMediaType("Send the request body as application/json.");
            }
        });
        if (req.headers().contentLength().orElse(0) > maxBytes) {
            throw tooLarge();
        }
        if (!req.content().hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    private static ApiException notWellFormed(JsonProcessingException e) {
        return ApiException.badRequest("The request body is not well-formed JSON (line "
                                       + e.getLocation().getLineNr() + ", column "
                                       + e.getLocation().getColumnNr() + ").");
    }

    private ApiException tooLarge() {
        return ApiException.payloadTooLarge("The request body is larger than the limit of " + maxBytes + " bytes.");
    }

    private static ApiException invalidValue(InvalidFormatException e) {
        String path = path(e);
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(c -> Json.string(c).replace("\"", ""))
                    .collect(Collectors.joining(", "));
            return ApiException.invalidField(path, "has an unknown value " + Json.string(e.getValue())
                                                   + "; expected one of: " + allowed + ".");
        }
        return ApiException.invalidField(path, "must be " + describe(target) + ", not " + Json.string(e.getValue()) + ".");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 timestamp such as 2026-01-31T09:00:00Z";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
