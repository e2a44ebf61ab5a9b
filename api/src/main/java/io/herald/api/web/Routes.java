package io.herald.api.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import io.helidon.common.uri.UriPath;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;

/**
 * Registers the API's services on the routing, each route with the access it declared ({@link AccessRules}), and
 * remembers every route: which methods a path answers, so that a request for a path some route serves, with a method
 * none serves there, is a 405 with {@code Allow} (RFC 9110 §15.5.6) rather than the 404 Helidon's routing gives; and
 * who may call each route, for the test that holds them against the OpenAPI document. The routes are recorded when
 * Helidon asks each service for them, with the same path matchers Helidon then matches requests with.
 */
public final class Routes {
    private final HttpRouting.Builder routing;
    private final AccessCheck check;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    private record Route(PathMatcher service, PathMatcher path, Method method, Declared declared) {
    }

    /**
     * A registered route as the OpenAPI document names it.
     *
     * @param path the path template under the service's path ({@code /api/v1/sites/{id}})
     */
    public record Declared(Method method, String path, Access access) {
    }

    /** What {@link AccessRules} tells about each route it registers. */
    interface Recorder {
        void record(Method method, PathMatcher path, String documented, Access access);
    }

    /** @param check how the caller of a route for signed-in people or admins is checked */
    public Routes(HttpRouting.Builder routing, AccessCheck check) {
        this.routing = routing;
        this.check = check;
    }

    /** Registers the services under {@code path}. */
    public Routes register(String path, ApiService... services) {
        PathMatcher prefix = PathMatchers.create(path);
        for (ApiService service : services) {
            Recorder recorder = (method, matcher, pattern, access) -> routes.add(
                    new Route(prefix, matcher, method, new Declared(method, documented(path, pattern), access)));
            routing.register(path, (HttpService) rules -> service.routing(new AccessRules(rules, check, recorder)));
        }
        return this;
    }

    /** {@code /api/v1/challenges} and {@code /{id:(?!current$)[^/]+}}: {@code /api/v1/challenges/{id}}. */
    private static String documented(String prefix, String pattern) {
        return pattern.equals("/") ? prefix : prefix + pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
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

    /** Every route registered so far, with who may call it. */
    public List<Declared> declared() {
        return routes.stream().map(Route::declared).toList();
    }
}
