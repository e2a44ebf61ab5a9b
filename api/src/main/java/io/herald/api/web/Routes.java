package io.herald.api.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import io.helidon.common.uri.UriPath;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * Registers services on the routing and remembers which method each of their routes answers, so that a request for
 * a path some route serves, with a method none serves there, is a 405 with {@code Allow} (RFC 9110 §15.5.6) rather
 * than the 404 Helidon's routing gives. The routes are recorded when Helidon asks each service for them, with the
 * same path matchers Helidon then matches requests with.
 */
public final class Routes {
    private final HttpRouting.Builder routing;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    private record Route(PathMatcher service, PathMatcher path, Method method) {
    }

    public Routes(HttpRouting.Builder routing) {
        this.routing = routing;
    }

    /** {@link HttpRouting.Builder#register(String, HttpService...)}, remembering the services' routes. */
    public Routes register(String path, HttpService... services) {
        PathMatcher prefix = PathMatchers.create(path);
        for (HttpService service : services) {
            routing.register(path, new Recorded(service, prefix));
        }
        return this;
    }

    /** The methods the registered routes answer at this path, in alphabetical order; empty for an unknown path. */
    public Set<String> allowed(UriPath path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            PathMatchers.PrefixMatchResult prefix = route.service().prefixMatch(path);
            if (prefix.accepted() && route.path().match(prefix.unmatchedPath()).accepted()) {
                methods.add(route.method().text());
            }
        }
        return methods;
    }

    /** The service as registered, its routes given to Helidon through {@link Recording}. */
    private final class Recorded implements HttpService {
        private final HttpService service;
        private final PathMatcher prefix;

        Recorded(HttpService service, PathMatcher prefix) {
            this.service = service;
            this.prefix = prefix;
        }

        @Override
        public void routing(HttpRules rules) {
            service.routing(new Recording(rules, prefix));
        }

        @Override
        public void beforeStart() {
            service.beforeStart();
        }

        @Override
        public void afterStop() {
            service.afterStop();
        }

        @Override
        public String toString() {
            return service.toString();
        }
    }

    /**
     * Passes every rule on to Helidon. {@code get(path, handler)} and the other shortcuts all end in one of the
     * {@code route} methods overridden here, which note the method and path first. Routes by a method predicate or
     * a prebuilt {@link HttpRoute} cannot be noted: services register a route per method instead.
     */
    private final class Recording implements HttpRules {
        private final HttpRules rules;
        private final PathMatcher prefix;

        Recording(HttpRules rules, PathMatcher prefix) {
            this.rules = rules;
            this.prefix = prefix;
        }

        @Override
        public HttpRules register(HttpService... service) {
            rules.register(service);
            return this;
        }

        @Override
        public HttpRules register(String pathPattern, HttpService... service) {
            rules.register(pathPattern, service);
            return this;
        }

        @Override
        public HttpRules route(HttpRoute route) {
            rules.route(route);
            return this;
        }

        @Override
        public HttpRules route(Method method, String pathPattern, Handler handler) {
            routes.add(new Route(prefix, PathMatchers.create(pathPattern), method));
            rules.route(method, pathPattern, handler);
            return this;
        }

        @Override
        public HttpRules route(Method method, PathMatcher pathMatcher, Handler handler) {
            routes.add(new Route(prefix, pathMatcher, method));
            rules.route(method, pathMatcher, handler);
            return this;
        }

        @Override
        public HttpRules route(Method method, Handler handler) {
            routes.add(new Route(prefix, PathMatchers.any(), method));
            rules.route(method, handler);
            return this;
        }
    }
}
