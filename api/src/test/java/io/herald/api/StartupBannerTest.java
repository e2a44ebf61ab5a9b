package io.herald.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** What Herald prints when it starts: console URL, the one-time admin invite, the extension to load. */
class StartupBannerTest {
    @Test
    void firstStartShowsTheConsoleTheInviteAndThatTheExtensionIsNotBuilt() {
        Path missing = TestHerald.tempDir().resolve("no-extension-here");
        try (Herald herald = TestHerald.start(Map.of("herald.public-url", "https://herald.example.com/",
                                                     "herald.extension-dir", missing.toString()))) {
            String banner = StartupBanner.text(herald);

            assertThat(banner, containsString("https://herald.example.com/admin/"));
            assertThat(banner, containsString(herald.auth().firstAdminInvite().orElseThrow().code()));
            assertThat(banner, containsString(missing.toString()));
            assertThat(banner, containsString("not built yet"));
        }
    }

    @Test
    void laterStartsShowNoInviteAndABuiltExtension() throws Exception {
        Path extension = TestHerald.tempDir();
        Files.writeString(extension.resolve("manifest.json"), "{}");
        String database = TestHerald.memoryDatabaseUrl();
        String code;
        try (Herald first = TestHerald.start(Map.of("db.connection.url", database))) {
            code = first.auth().firstAdminInvite().orElseThrow().code();
        }
        try (Herald later = TestHerald.start(Map.of("db.connection.url", database,
                                                    "herald.extension-dir", extension.toString()))) {
            String banner = StartupBanner.text(later);

            assertThat(banner, not(containsString(code)));
            assertThat(banner, not(containsString("invite")));
            assertThat(banner, containsString(extension.toString()));
            assertThat(banner.contains("not built"), is(false));
        }
    }
}
