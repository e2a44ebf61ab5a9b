package io.herald.api.web;

import io.helidon.http.Status;

/**
 * The one exception type for every request that cannot be served as asked. {@link ProblemHandler} turns it into an
 * RFC 9457 {@code application/problem+json} body, so handlers throw and never write error responses themselves.
 */
public final class ApiException extends RuntimeException {
    private final Status status;
    private final String field;
    private final long retryAfterSeconds;

    private ApiException(Status status, String detail, String field) {
        this(status, detail, field, 0);
    }

    private ApiException(Status status, String detail, String field, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(Status.BAD_REQUEST_400, detail, null);
    }

    /** A 400 that names the request field at fault ({@code captions[2].platform}), for clients to highlight it. */
    public static ApiException invalidField(String field, String detail) {
        return new ApiException(Status.BAD_REQUEST_400, "'" + field + "' " + detail, field);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(Status.UNAUTHORIZED_401, detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Status.FORBIDDEN_403, detail, null);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Status.NOT_FOUND_404, detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Status.CONFLICT_409, detail, null);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(Status.PRECONDITION_FAILED_412, detail, null);
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(Status.create(428, "Precondition Required"), detail, null);
    }

    public static ApiException payloadTooLarge(String detail) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE_413, detail, null);
    }

    public static ApiException unsupportedMediaType(String detail) {
        return new ApiException(Status.UNSUPPORTED_MEDIA_TYPE_415, detail, null);
    }

    /** A 429 whose {@code Retry-After} says in how many whole seconds (at least 1) the next request may succeed. */
    public static ApiException tooManyRequests(String detail, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(Status.TOO_MANY_REQUESTS_429, detail, null, seconds);
    }

    /** A 503 with {@code Retry-After}: Herald cannot answer now (too busy), the request itself was fine. */
    public static ApiException serviceUnavailable(String detail, java.time.Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ApiException(Status.SERVICE_UNAVAILABLE_503, detail, null, seconds);
    }

    public Status status() {
        return status;
    }

    /** For a 429 or 503: the seconds to send in {@code Retry-After}. */
    public java.util.OptionalLong retryAfterSeconds() {
        return retryAfterSeconds > 0 ? java.util.OptionalLong.of(retryAfterSeconds) : java.util.OptionalLong.empty();
    }

    /** The offending request field, when the error is about one. */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }
}
