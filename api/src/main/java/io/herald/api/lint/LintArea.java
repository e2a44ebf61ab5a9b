package io.herald.api.lint;

import io.herald.api.content.ContentLookup;
import io.herald.api.guidelines.RuleSetSource;
import io.herald.api.limits.Limit;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.PublicUrl;
import io.herald.api.web.Routes;

/** Checking a post against the guidelines and the library: {@code /api/v1/lint}. */
public final class LintArea implements Area {
    private final LintService service;

    private LintArea(LintService service) {
        this.service = service;
    }

    /** @param limit {@code herald.limits.lint} */
    public static LintArea create(RuleSetSource guidelines, ContentLookup content, PublicUrl publicUrl,
                                  JsonBodies bodies, Limit limit) {
        return new LintArea(new LintService(new Linter(guidelines, content, publicUrl.text() + "/r/"), bodies, limit));
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/lint", service);
    }
}
