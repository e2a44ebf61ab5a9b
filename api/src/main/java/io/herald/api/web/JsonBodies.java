package io.herald.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.helidon.common.config.Config;
import io.helidon.http.HttpMediaType;
import io.helidon.webserver.http.ServerRequest;

/**
 * Reads JSON request bodies into records. The body is bounded (413 past {@code herald.http.max-body-size}), and every
 * failure becomes a 400 that names the field: malformed JSON, a wrong type, an unknown enum value, or a rule broken in
 * a record's compact constructor (which throws {@link ApiException} through {@link Fields}).
 */
public final class JsonBodies {
    private final int maxBytes;
    private final RequestDeadlines deadlines;

    public JsonBodies(int maxBytes, RequestDeadlines deadlines) {
        this.maxBytes = maxBytes;
        this.deadlines = deadlines;
    }

    public static JsonBodies create(Config config, RequestDeadlines deadlines) {
        return new JsonBodies(config.get("herald.http.max-body-size").asInt().orElse(256 * 1024), deadlines);
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
        contentType(req).ifPresent(type -> {
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
            deadlines.bodyRead();
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read.");
        }
    }

    /** Helidon parses the header when asked for it, and throws on one it cannot parse ({@code a/b/c;;;=}). */
    private static Optional<HttpMediaType> contentType(ServerRequest req) {
        try {
            return req.headers().contentType();
        } catch (RuntimeException e) {
            throw ApiException.unsupportedMediaType("The Content-Type header is not a media type; send the request "
                                                    + "body as application/json.");
        }
    }

    /**
     * A 400 for JSON that cannot be read: malformed, nested deeper than Jackson's limit (1,000 levels) or holding a
     * number longer than its limit (1,000 digits). Those limits are met while reading, where Jackson knows no
     * location, so the location is said only when there is one.
     *
     * @param what    what was being read, such as "The request body"
     * @param explain whether to name a key given twice (documents read with duplicate detection); the parser's own
     *                text is never passed on: it quotes internals ("Source: REDACTED ...") nobody can act on
     */
    public static ApiException notWellFormed(String what, JsonProcessingException e, boolean explain) {
        if (e instanceof StreamConstraintsException) {
            return ApiException.badRequest(what + " is nested more than 1000 levels deep or holds a number of more "
                                           + "than 1000 digits.");
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column "
                                               + location.getColumnNr() + ")";
        if (e instanceof InputCoercionException) {
            return ApiException.badRequest(what + " holds a number out of range" + where + ".");
        }
        String duplicate = explain ? duplicateKey(e) : null;
        if (duplicate != null) {
            return ApiException.badRequest(what + " has the key " + duplicate + " twice in one object" + where
                                           + "; keep one.");
        }
        return ApiException.badRequest(what + " is not well-formed JSON" + where + ": look for a missing comma, "
                                       + "quote or bracket just before that place.");
    }

    /** The key Jackson's duplicate detection names ("Duplicate field 'id'"), quoted, or null. */
    private static String duplicateKey(JsonProcessingException e) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^Duplicate field '(.*)'$",
                                                                          java.util.regex.Pattern.DOTALL)
                .matcher(String.valueOf(e.getOriginalMessage()));
        return matcher.matches() ? Json.string(matcher.group(1)) : null;
    }

    private static ApiException notWellFormed(JsonProcessingException e) {
        return notWellFormed("The request body", e, false);
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
            return ApiException.invalidField(path, "has an unknown value " + echo(e.getValue())
                                                   + "; expected one of: " + allowed + ".");
        }
        return ApiException.invalidField(path, "must be " + describe(target) + ", not " + echo(e.getValue()) + ".");
    }

    /** The refused value as JSON, shortened: the detail should name it, not repeat a whole oversized field. */
    private static String echo(Object value) {
        String json = Json.string(value instanceof java.math.BigDecimal number ? number.toString() : value);
        return json.length() > 60 ? json.substring(0, 60) + "..." : json;
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
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a number with at most " + Json.MAX_SCALE + " digits before and after the point";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 timestamp such as 2026-01-31T09:00:00Z, from " + Json.EARLIEST + " and before "
                   + Json.LATEST;
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
