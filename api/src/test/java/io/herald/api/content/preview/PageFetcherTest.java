package io.herald.api.content.preview;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import io.herald.api.web.ApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The fetcher's limits. Host names are resolved by the test's own resolver, which knows a few names and asks no DNS;
 * every refused address is refused before anything connects, and the only server ever reached is on 127.0.0.1.
 */
class PageFetcherTest {
    private static final LocalPages PAGES = new LocalPages();
    private static final HostResolver NAMES = host -> switch (host) {
        case "intranet.example" -> new InetAddress[] {InetAddress.getByName("10.0.0.1")};
        case "metadata.example" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
        // A public address and a loopback one: one bad address is enough to refuse.
        case "mixed.example" -> new InetAddress[] {InetAddress.getByName("93.184.215.14"),
                                                    InetAddress.getByName("127.0.0.1")};
        case "127.0.0.1" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        default -> throw new UnknownHostException(host);
    };

    @AfterAll
    static void close() {
        PAGES.close();
    }

    private static PageFetcher fetcher(Duration timeout, int maxBytes) {
        return new PageFetcher(new PreviewSettings(Duration.ofSeconds(2), timeout, maxBytes, List.of(PAGES.origin())),
                               NAMES);
    }

    @Test
    void namesThatResolveToLocalAddressesAreRefusedBeforeConnecting() {
        PageFetcher fetcher = fetcher(Duration.ofSeconds(5), 1000);
        assertThat(refusal(fetcher, "http://intranet.example/"), containsString("a private address"));
        assertThat(refusal(fetcher, "https://metadata.example/latest/meta-data/"),
                   containsString("a cloud metadata address"));
        assertThat(refusal(fetcher, "http://mixed.example/"), containsString("a loopback address"));
        assertThat(refusal(fetcher, "http://nowhere.example/"), containsString("does not exist"));
        assertThat(refusal(fetcher, "ftp://127.0.0.1/"), containsString("only http and https"));
    }

    @Test
    void thePageIsReadUpToTheSizeCap() {
        PAGES.page("/big", "text/html", "<title>Big</title>" + "x".repeat(5000));
        PageFetcher.Fetched page = fetcher(Duration.ofSeconds(5), 1000).fetch(URI.create(PAGES.origin() + "/big"));
        assertThat(page.body().length, is(1000));
        assertThat(page.mediaType(), is("text/html"));
    }

    @Test
    void aSlowPageRunsOutOfTime() {
        PAGES.slow("/slow", 3000);
        long started = System.nanoTime();
        assertThat(refusal(fetcher(Duration.ofMillis(500), 1000), PAGES.origin() + "/slow"),
                   containsString("did not load within"));
        assertThat("gave up on time", (System.nanoTime() - started) / 1_000_000 < 2500, is(true));
    }

    @Test
    void atMostThreeRedirectsAreFollowed() {
        PAGES.page("/end", "text/html", "<title>End</title>")
                .redirect("/r1", "/end").redirect("/r2", "/r1").redirect("/r3", "/r2").redirect("/r4", "/r3");
        PageFetcher fetcher = fetcher(Duration.ofSeconds(5), 1000);
        assertThat(fetcher.fetch(URI.create(PAGES.origin() + "/r3")).url().getPath(), is("/end"));
        assertThat(refusal(fetcher, PAGES.origin() + "/r4"), containsString("redirects more than 3 times"));
    }

    private static String refusal(PageFetcher fetcher, String url) {
        ApiException refused = assertThrows(ApiException.class, () -> fetcher.fetch(URI.create(url)));
        assertThat(refused.field().orElseThrow(), is("url"));
        return refused.getMessage();
    }
}
