package io.herald.api.people;

import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;

/** The body of creating or renaming a team. */
public record TeamRequest(String name) {
    public static final int MAX_NAME = 100;

    public TeamRequest {
        name = TextRules.singleLine("name", Fields.text("name", name, MAX_NAME));
    }
}
