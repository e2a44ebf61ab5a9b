package io.herald.api.web;

import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;

/**
 * The rules an {@link ApiService} registers its routes on: first who may call them, then the routes,
 * {@code rules.admin().get("/", this::list).post("/", this::create)}. A route declared for signed-in people or admins
 * has its caller checked ({@link AccessCheck}) before its handler runs; the handler reads who it is with
 * {@code CurrentUser.of(req)}.
 */
public final class AccessRules {
    private final HttpRules rules;
    private final AccessCheck check;
    private final Routes.Recorder recorder;

    AccessRules(HttpRules rules, AccessCheck check, Routes.Recorder recorder) {
        this.rules = rules;
        this.check = check;
        this.recorder = recorder;
    }

    /** Routes anyone may call. */
    public Declared anyone() {
        return new Declared(Access.ANYONE);
    }

    /** Routes a company website calls with its site key, which the handler checks. */
    public Declared siteKey() {
        return new Declared(Access.SITE_KEY);
    }

    /** Routes for signed-in people (401 for anyone else). */
    public Declared signedIn() {
        return new Declared(Access.SIGNED_IN);
    }

    /** Routes for admins (401 without a sign-in, 403 for employees). */
    public Declared admin() {
        return new Declared(Access.ADMIN);
    }

    /** Routes with one access declared. */
    public final class Declared {
        private final Access access;

        private Declared(Access access) {
            this.access = access;
        }

        public Declared get(String path, Handler handler) {
            return route(Method.GET, path, handler);
        }

        public Declared post(String path, Handler handler) {
            return route(Method.POST, path, handler);
        }

        public Declared put(String path, Handler handler) {
            return route(Method.PUT, path, handler);
        }

        public Declared patch(String path, Handler handler) {
            return route(Method.PATCH, path, handler);
        }

        public Declared delete(String path, Handler handler) {
            return route(Method.DELETE, path, handler);
        }

        public Declared options(String path, Handler handler) {
            return route(Method.OPTIONS, path, handler);
        }

        public Declared route(Method method, String path, Handler handler) {
            return route(method, PathMatchers.create(path), path, handler);
        }

        /**
         * A route matched by a path matcher of its own ({@code PathMatchers.prefix}), documented as {@code documented}
         * (the path template of the OpenAPI document).
         */
        public Declared route(Method method, PathMatcher matcher, String documented, Handler handler) {
            recorder.record(method, matcher, documented, access);
            rules.route(method, matcher, access == Access.ANYONE || access == Access.SITE_KEY
                    ? handler
                    : (req, res) -> {
                        check.check(req, access);
                        handler.handle(req, res);
                    });
            return this;
        }
    }
}
