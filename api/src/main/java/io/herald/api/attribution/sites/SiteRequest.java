package io.herald.api.attribution.sites;

import java.util.ArrayList;
import java.util.List;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;

/** {@code POST /api/v1/sites}: a name and the origins whose pages may send conversions. */
public record SiteRequest(String name, List<String> allowedOrigins) {
    static final int MAX_ORIGINS = 20;

    public SiteRequest {
        name = TextRules.singleLine("name", Fields.text("name", name, 100));
        List<String> given = Fields.list("allowedOrigins", allowedOrigins, MAX_ORIGINS);
        if (given.isEmpty()) {
            throw ApiException.invalidField("allowedOrigins", "needs at least one origin.");
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String origin = Origins.parse("allowedOrigins[" + i + "]", given.get(i));
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        allowedOrigins = List.copyOf(origins);
    }
}
