package io.herald.api.lint;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.herald.api.auth.CurrentUser;
import io.herald.api.content.ContentItem;
import io.herald.api.content.ContentLookup;
import io.herald.api.content.ContentUrls;
import io.herald.api.content.FeedItem;
import io.herald.api.guidelines.GuidelineSet;
import io.herald.api.guidelines.RuleSetSource;
import io.herald.api.people.Role;
import io.herald.common.lint.DefaultGuidelines;
import io.herald.common.platform.Platform;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** A lint reads the rule set (a CLOB) and parses it only when its version changed, not on every draft. */
class LinterRuleSetTest {
    private static final CurrentUser AUTHOR = new CurrentUser("u1", "u1@example.com", "U", Role.EMPLOYEE,
                                                              Optional.empty());

    @Test
    void theRuleSetIsReadOncePerVersion() {
        AtomicLong version = new AtomicLong(1);
        AtomicInteger reads = new AtomicInteger();
        String[] ruleSet = {DefaultGuidelines.json()};
        RuleSetSource source = new RuleSetSource() {
            @Override
            public long currentVersion() {
                return version.get();
            }

            @Override
            public GuidelineSet current() {
                reads.incrementAndGet();
                return new GuidelineSet(version.get(), ruleSet[0], Optional.empty(), Instant.EPOCH);
            }
        };
        Linter linter = new Linter(source, new NoContent(), "https://go.example.com/r/");
        LintBody body = new LintBody("We utilize it", Platform.X, "en", Optional.empty());
        for (int i = 0; i < 5; i++) {
            assertThat(linter.lint(AUTHOR, body), containsString("plain-words"));
        }
        assertThat(reads.get(), is(1));

        ruleSet[0] = "{\"rules\": []}";
        version.incrementAndGet();
        assertThat(linter.lint(AUTHOR, body), not(containsString("plain-words")));
        assertThat(linter.lint(AUTHOR, body), not(containsString("plain-words")));
        assertThat(reads.get(), is(2));
    }

    /** A library without items. */
    private static final class NoContent implements ContentLookup {
        @Override
        public Optional<ContentItem> find(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<ContentItem> findVisible(String id, CurrentUser employee) {
            return Optional.empty();
        }

        @Override
        public Optional<FeedItem> findVisibleInFeed(String id, CurrentUser employee) {
            return Optional.empty();
        }

        @Override
        public ContentUrls urls() {
            return new ContentUrls(java.util.Set.of(), java.util.Set.of());
        }
    }
}
