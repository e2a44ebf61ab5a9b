package io.herald.api.guidelines;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.herald.api.web.ETags;

/**
 * One version of the rule set. {@code ruleSet} is the JSON document itself (written into responses as JSON, not as
 * a string); {@code updatedBy} is empty for the default set Herald installed.
 */
public record GuidelineSet(long version, @JsonRawValue String ruleSet, Optional<String> updatedBy, Instant updatedAt) {
    public String etag() {
        return ETags.of(version);
    }
}
