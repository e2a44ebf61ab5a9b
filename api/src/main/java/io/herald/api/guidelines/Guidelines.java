package io.herald.api.guidelines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.herald.api.auth.CurrentUser;
import io.herald.api.web.ApiException;
import io.herald.api.web.ETags;
import io.herald.api.web.Json;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Page;
import io.herald.api.web.Paging;
import io.herald.common.lint.DefaultGuidelines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.dbclient.DbClient;

/**
 * The rule set's life: the default set on an empty database, replacement by admins (checked by the
 * {@link GuidelineValidator}, never overwriting: each replacement is a new version) and the history.
 */
public final class Guidelines implements RuleSetSource {
    private final DbClient client;
    private final GuidelinesRepository repository = new GuidelinesRepository();
    private final GuidelineValidator validator;
    private final Clock clock;

    private Guidelines(DbClient client, GuidelineValidator validator, Clock clock) {
        this.client = client;
        this.validator = validator;
        this.clock = clock;
    }

    public static Guidelines create(DbClient db, GuidelineValidator validator, Clock clock) {
        return new Guidelines(db, validator, clock);
    }

    /**
     * The current set. On an empty database the default set is installed as version 1 by the first read, so a new
     * install checks posts at once while start-up does no work for it (Herald must be healthy within 1.5 s).
     */
    @Override
    public GuidelineSet current() {
        return repository.current(client.execute()).orElseGet(this::installDefault);
    }

    /** The current version's number, read without the rule set itself. */
    @Override
    public long currentVersion() {
        return repository.currentVersion(client.execute()).orElseGet(() -> current().version());
    }

    /**
     * Stores {@code body} as the next version. {@code ifMatch}, when sent, must name the current version (412
     * otherwise), so an admin does not unknowingly replace a set someone else just changed.
     */
    public GuidelineSet replace(byte[] body, Optional<String> ifMatch, CurrentUser user) {
        String ruleSet = ruleSet(body);
        validator.validate(ruleSet);
        GuidelineSet current = current();
        if (ifMatch.isPresent() && !ETags.matchesStrongly(ifMatch.get(), current.etag())) {
            throw changedMeanwhile(current);
        }
        GuidelineSet next = new GuidelineSet(current.version() + 1, ruleSet, Optional.of(user.id()), now());
        if (!repository.insert(client.execute(), next)) {
            throw ifMatch.isPresent()
                    ? changedMeanwhile(repository.current(client.execute()).orElse(current))
                    : ApiException.conflict("The guidelines were changed at the same moment; read them again and "
                                            + "reapply your change.");
        }
        return next;
    }

    public Page<GuidelineSet> history(Paging paging) {
        current(); // installs the default set on a new database, so the history starts with it
        return repository.history(client.execute(), paging);
    }

    private GuidelineSet installDefault() {
        String ruleSet = ruleSet(DefaultGuidelines.json().getBytes(StandardCharsets.UTF_8));
        validator.validate(ruleSet);
        repository.insert(client.execute(), new GuidelineSet(1, ruleSet, Optional.empty(), now()));
        // Another instance may have installed it first; either way version 1 now exists.
        return repository.current(client.execute()).orElseThrow();
    }

    /** The body as a compact JSON object with a {@code rules} array, or a 400 saying what it is instead. */
    private static String ruleSet(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("Send the rule set as the request body: {\"rules\": [...]}.");
        }
        JsonNode node;
        try {
            // Duplicate keys would make a rule mean what the last copy says; refuse them instead.
            node = Json.MAPPER.readerFor(JsonNode.class)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(body);
        } catch (JsonProcessingException e) {
            throw JsonBodies.notWellFormed("The rule set", e, true);
        } catch (IOException e) {
            throw ApiException.badRequest("The rule set could not be read.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The rule set must be a JSON object with a 'rules' array.");
        }
        if (!node.path("rules").isArray()) {
            throw ApiException.invalidField("rules", "must be an array of rules.");
        }
        return Json.string(node);
    }

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static ApiException changedMeanwhile(GuidelineSet current) {
        return ApiException.preconditionFailed("The guidelines have changed since you read them (their ETag is now "
                                               + current.etag() + "); read them again and reapply your change.");
    }
}
