package io.herald.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.helidon.http.Status;

/**
 * An RFC 9457 problem details body. {@code field} is an extension member naming the request field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of no particular type ({@code about:blank}), titled with the status's reason phrase. */
    public static Problem of(Status status, String detail, String instance, String field) {
        return new Problem("about:blank", status.reasonPhrase(), status.code(), detail, instance, field);
    }
}
