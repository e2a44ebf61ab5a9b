package io.herald.api.web;

import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Marks every answer {@code X-Content-Type-Options: nosniff}: a browser must take a JSON body (which may echo what a
 * client sent) as JSON, never guess it is HTML or script. Error answers are made afresh after the response is reset,
 * so {@link ProblemHandler} and {@link ProblemDirectHandler} add the header themselves.
 */
public final class NoSniffFilter implements Filter {
    public static final Header NOSNIFF = HeaderValues.createCached("X-Content-Type-Options", "nosniff");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.header(NOSNIFF);
        chain.proceed();
    }
}
