package io.herald.api.content.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.herald.api.attribution.sites.Origins;
import io.herald.api.web.ApiException;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.ClientUri;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.WebClient;
import io.helidon.webclient.spi.DnsResolver;

/**
 * Fetches a web page for its preview, and only from where anybody could: for each request (the first and each of at
 * most {@value PreviewSettings#MAX_REDIRECTS} redirects) the host is resolved here, every address it has must be public
 * ({@link PublicAddresses}), and the connection goes to exactly the address checked (Helidon's client asks this
 * class's resolver, so a name cannot resolve to something else a moment later). No proxy, no cookies, no connection
 * reuse. Connecting has its own time limit and the whole fetch another; at most {@code maxBytes} are read. Every
 * refusal is a 400 that says why, in words an admin can act on.
 */
public final class PageFetcher {
    private static final String USER_AGENT = "HeraldPreview/1.0 (+link previews for an employee advocacy library)";

    private final PreviewSettings settings;
    private final HostResolver resolver;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public PageFetcher(PreviewSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /** What was fetched: the address it ended at, its media type and charset (if said), and up to maxBytes of it. */
    public record Fetched(URI url, String mediaType, Optional<String> charset, byte[] body) {
    }

    /** The page at {@code url} (an http or https URL), following up to three redirects. */
    public Fetched fetch(URI url) {
        Future<Fetched> fetch = executor.submit(() -> follow(url));
        try {
            return fetch.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            fetch.cancel(true);
            throw slow();
        } catch (InterruptedException e) {
            fetch.cancel(true);
            Thread.currentThread().interrupt();
            throw refused("the page could not be loaded.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw refused("the page could not be loaded.");
        }
    }

    private Fetched follow(URI start) {
        URI url = start;
        for (int redirects = 0; ; redirects++) {
            InetAddress address = check(url);
            try (HttpClientResponse response = client(url, address).get()
                    .uri(ClientUri.create(url).skipUriEncoding(true))
                    .header(HeaderNames.USER_AGENT, USER_AGENT)
                    .header(HeaderNames.ACCEPT, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                    .request()) {
                int status = response.status().code();
                if (status >= 300 && status < 400 && status != 304) {
                    String location = response.headers().first(HeaderNames.LOCATION).orElseThrow(
                            () -> refused("the page redirects without saying where to."));
                    if (redirects == PreviewSettings.MAX_REDIRECTS) {
                        throw refused("the page redirects more than " + PreviewSettings.MAX_REDIRECTS + " times.");
                    }
                    url = resolve(url, location);
                    continue;
                }
                if (status != 200) {
                    throw refused("the page answered with HTTP status " + status + " instead of the page.");
                }
                String type = response.headers().contentType().map(media -> media.mediaType().text())
                        .orElse("application/octet-stream").toLowerCase(Locale.ROOT);
                Optional<String> charset = response.headers().contentType().flatMap(media -> media.charset());
                return new Fetched(url, type, charset, read(response));
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof java.net.SocketTimeoutException) {
                    throw slow();
                }
                throw refused("the connection to " + url.getHost() + " failed.");
            } catch (RuntimeException e) {
                if (e instanceof ApiException api) {
                    throw api;
                }
                throw refused("the page at " + url.getHost() + " could not be loaded.");
            }
        }
    }

    /**
     * The address to connect to for this URL, checked: an http(s) URL whose host resolves only to public addresses,
     * unless its origin is one the configuration allows.
     */
    InetAddress check(URI url) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw refused("only http and https pages can be fetched.");
        }
        String host = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
                : url.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw refused("the address " + url.getHost() + " does not exist (no such host).");
        }
        if (addresses.length == 0) {
            throw refused("the address " + url.getHost() + " does not exist (no such host).");
        }
        if (!settings.allowedOrigins().contains(origin(url))) {
            for (InetAddress address : addresses) {
                Optional<String> why = PublicAddresses.notPublic(address);
                if (why.isPresent()) {
                    throw refused("Herald does not fetch pages from " + url.getHost() + ": it "
                                  + (host.equals(address.getHostAddress()) ? "is " : "leads to ") + why.get()
                                  + ", which only Herald's own network can reach.");
                }
            }
        }
        return addresses[0];
    }

    private WebClient client(URI url, InetAddress checked) {
        String host = url.getHost();
        DnsResolver pinned = new DnsResolver() {
            @Override
            public boolean useDefaultJavaResolver() {
                return false;
            }

            @Override
            public InetAddress resolveAddress(String name, io.helidon.webclient.api.DnsAddressLookup lookup) {
                if (!name.equalsIgnoreCase(host) && !("[" + name + "]").equalsIgnoreCase(host)) {
                    throw new IllegalStateException("Refused to resolve " + name);
                }
                return checked;
            }
        };
        // Longer than the whole fetch may take, so that the total time limit is what ends a slow page.
        Duration read = settings.timeout().plusSeconds(1);
        return WebClient.builder()
                .dnsResolver(pinned)
                .proxy(Proxy.noProxy())
                .followRedirects(false)
                .keepAlive(false)
                .shareConnectionCache(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(read)
                .build();
    }

    private byte[] read(HttpClientResponse response) {
        try (InputStream in = response.inputStream()) {
            return in.readNBytes(settings.maxBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            URI target = base.resolve(new URI(location.strip()));
            if (target.getFragment() != null) {
                target = new URI(target.getScheme(), target.getRawSchemeSpecificPart(), null);
            }
            return target;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refused("the page redirects to an address that is not a web address.");
        }
    }

    /** The URL's origin as {@link Origins} writes allowed origins (lower case, default port left out). */
    private static String origin(URI url) {
        return Origins.normalise(url.getScheme() + "://" + url.getRawAuthority()).orElse("");
    }

    private ApiException slow() {
        return refused("the page did not load within " + Math.max(1, settings.timeout().toSeconds()) + " seconds.");
    }

    /** A 400 naming {@code url}: "'url' could not be fetched: " and the reason, which starts in lower case. */
    static ApiException refused(String why) {
        return ApiException.invalidField("url", "could not be fetched: " + why);
    }
}
