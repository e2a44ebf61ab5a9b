package io.herald.api.web;

import io.helidon.webserver.http.ServerRequest;

/**
 * The {@code page} (from 0) and {@code size} query parameters of a list endpoint. Anything but a whole number in
 * range is a 400 naming the parameter, rather than a silent default that would hide a client's bug.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Past this page the offset would no longer be a sensible query; it also keeps page * size inside an int. */
    public static final int MAX_PAGE = 100_000;

    public static Paging of(ServerRequest req) {
        int page = QueryParams.wholeNumber(req, "page", 0, MAX_PAGE).orElse(0);
        int size = QueryParams.wholeNumber(req, "size", 1, MAX_SIZE).orElse(DEFAULT_SIZE);
        return new Paging(page, size);
    }

    public int offset() {
        return page * size;
    }
}
