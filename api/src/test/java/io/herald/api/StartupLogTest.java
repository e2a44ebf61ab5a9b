package io.herald.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

/**
 * The log of a first start never holds the first admin invite's code (it is on the console banner and in its
 * owner-only file): logs go to collectors and tickets, and that code makes whoever reads it an admin.
 */
class StartupLogTest {
    @Test
    void theFirstAdminInviteIsOnTheBannerNotInTheLog() {
        try (TestLogs logs = TestLogs.capture(); Herald herald = TestHerald.start()) {
            String code = herald.auth().firstAdminInvite().orElseThrow().code();
            List<String> logged = logs.records().stream()
                    .map(record -> record.getLoggerName() + ": " + record.getMessage()).toList();
            assertThat(StartupBanner.text(herald), containsString(code));
            assertThat(logged.stream().filter(line -> line.contains("admin invite")).toList().toString(),
                       containsString("admin-invite.txt"));
            assertThat(logged.stream().filter(line -> line.contains(code)).toList(), empty());
        }
    }
}
