package io.herald.api.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link WebUrls} against the WHATWG URL conformance data (web-platform-tests' urltestdata.json), read by path from
 * the {@code herald.conformance} folder.
 *
 * <p>What is asserted, and why this subset:
 * <ol>
 *     <li>Every input the WHATWG parser marks as a failure is refused: if a browser cannot open it, it cannot be an
 *     approved link.</li>
 *     <li>Every input we accept means the same to a browser: WHATWG parses it to http(s), without credentials, and to
 *     the same host as ours.</li>
 *     <li>Inputs without a base (or with base about:blank) that WHATWG parses to http(s) without credentials are
 *     accepted when they are already written the way a browser sends them. The WHATWG parser also repairs input,
 *     and those repairs are deliberately refused (see {@link WebUrls}), so the asserted subset leaves out inputs
 *     that: contain characters outside RFC 3986 or malformed %-escapes (WHATWG strips tabs and newlines and
 *     percent-encodes spaces, non-ASCII, quotes, braces); do not start with {@code scheme://} ({@code http:foo},
 *     {@code http:\\foo}); carry an '@' in the authority, even an empty user-info ({@code http://@host}); or whose
 *     host WHATWG rewrites ({@code 0x7f.1}, {@code %e2%98%83}, IDN) or which is not an RFC 1123 host (LDH labels
 *     whose last label starts with a letter, as every public top-level domain does), a dotted-quad IPv4 address
 *     or an IPv6 literal ({@code .}, {@code ..}, {@code foo.09..}).</li>
 * </ol>
 */
class WebUrlsTest {
    private static final Pattern RFC3986 = Pattern.compile(
            "([A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*");
    private static final Pattern RFC1123_NAME = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?\\.?");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    private static List<JsonNode> cases() throws IOException {
        Path file = Path.of(System.getProperty("herald.conformance"), "whatwg-url", "urltestdata.json");
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode node : Json.MAPPER.readTree(file.toFile())) {
            if (node.isObject()) { // the file also holds comment strings
                cases.add(node);
            }
        }
        return cases;
    }

    @Test
    void everyInputTheWhatwgParserFailsIsRefused() throws IOException {
        List<String> accepted = new ArrayList<>();
        int failures = 0;
        for (JsonNode c : cases()) {
            if (c.path("failure").asBoolean(false)) {
                failures++;
                String input = c.get("input").asText();
                if (refusal(input).isEmpty()) {
                    accepted.add(input);
                }
            }
        }
        assertThat(failures, greaterThan(200));
        assertThat("failures we accepted", accepted, is(empty()));
    }

    @Test
    void whatWeAcceptMeansTheSameToABrowser() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (JsonNode c : cases()) {
            String input = c.get("input").asText();
            if (c.path("failure").asBoolean(false) || refusal(input).isPresent()) {
                continue;
            }
            String protocol = c.get("protocol").asText();
            String host = URI.create(WebUrls.check("url", input)).getHost();
            if (!(protocol.equals("http:") || protocol.equals("https:")) || !c.get("username").asText().isEmpty()
                || !c.get("password").asText().isEmpty() || !sameHost(host, c.get("hostname").asText())) {
                disagreements.add(input + " -> " + c.get("href").asText());
            }
        }
        assertThat(disagreements, is(empty()));
    }

    @Test
    void browserReadyHttpUrlsWithoutBaseAreAccepted() throws IOException {
        List<String> refused = new ArrayList<>();
        int asserted = 0;
        for (JsonNode c : cases()) {
            if (isBrowserReadyHttpUrl(c)) {
                asserted++;
                String input = c.get("input").asText();
                refusal(input).ifPresent(detail -> refused.add(input + ": " + detail));
            }
        }
        assertThat(asserted, greaterThan(25));
        assertThat(refused, is(empty()));
    }

    @Test
    void refusalsNameTheFieldAndTheReason() {
        assertThat(refusal("javascript:alert(1)").orElseThrow(), containsString("not javascript:"));
        assertThat(refusal("data:text/html,<b>hi</b>").orElseThrow(), containsString("not data:"));
        assertThat(refusal("https://user:secret@example.com/").orElseThrow(), containsString("user-info"));
        assertThat(refusal("https://example.com/a\u0007b").orElseThrow(), containsString("control characters"));
        assertThat(refusal("https://example.com/a b").orElseThrow(), containsString("spaces"));
        assertThat(refusal("/relative/path").orElseThrow(), containsString("absolute"));
        assertThat(refusal("https:///path").orElseThrow(), containsString("host"));
        ApiException e = assertThrows(ApiException.class, () -> WebUrls.check("imageUrl", "ftp://example.com/x"));
        assertThat(e.field().orElseThrow(), is("imageUrl"));
    }

    @Test
    void schemeAndHostAreLowerCasedAndTheRestKept() {
        assertThat(WebUrls.check("url", "HTTPS://Example.COM:8443/Path?Q=A#Frag"),
                   is("https://example.com:8443/Path?Q=A#Frag"));
    }

    /** IPv6 literals are compared as addresses: WHATWG serialises them compressed ([::7f00:1]). */
    private static boolean sameHost(String ours, String whatwg) throws UnknownHostException {
        if (ours.startsWith("[") && whatwg.startsWith("[")) {
            return InetAddress.getByName(ours).equals(InetAddress.getByName(whatwg)); // literals: no DNS lookup
        }
        return ours.equals(whatwg);
    }

    private static boolean isBrowserReadyHttpUrl(JsonNode c) {
        JsonNode base = c.get("base");
        if (!(base == null || base.isNull() || base.asText().equals("about:blank"))
            || c.path("failure").asBoolean(false)) {
            return false;
        }
        String protocol = c.get("protocol").asText();
        if (!(protocol.equals("http:") || protocol.equals("https:")) || !c.get("username").asText().isEmpty()
            || !c.get("password").asText().isEmpty()) {
            return false;
        }
        String input = c.get("input").asText();
        String prefix = protocol + "//";
        if (!RFC3986.matcher(input).matches() || !input.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return false;
        }
        String rest = input.substring(prefix.length());
        String authority = rest.split("[/?#]", 2)[0];
        if (authority.contains("@")) {
            return false;
        }
        String host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
                : authority.split(":", 2)[0];
        String hostname = c.get("hostname").asText();
        return host.toLowerCase(Locale.ROOT).equals(hostname)
               && (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()
                   || RFC1123_NAME.matcher(host).matches());
    }

    private static Optional<String> refusal(String input) {
        try {
            WebUrls.check("url", input);
            return Optional.empty();
        } catch (ApiException e) {
            assertThat(e.field().orElseThrow(), is("url"));
            return Optional.of(e.getMessage());
        }
    }
}
