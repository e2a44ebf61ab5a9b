package io.herald.api.attribution.redirect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.herald.api.attribution.ContentTarget;
import io.herald.common.platform.Platform;

/**
 * Where a content item's links lead: its canonical URL with the tracking parameters, precomputed so that a redirect
 * only concatenates the link code and the click id.
 *
 * <p>The target's own query and fragment are kept byte for byte, in order; any {@code utm_source},
 * {@code utm_medium}, {@code utm_campaign}, {@code utm_content} or {@code hclid} it already has (compared decoded and
 * case-insensitively) is replaced, never duplicated. Ours go last, {@code hclid} at the very end of the query.
 */
public final class Destination {
    private static final Set<String> OURS = Set.of("utm_source", "utm_medium", "utm_campaign", "utm_content", "hclid");

    private final String contentId;
    private final String[] beforeCode;
    private final String fragment;

    private Destination(String contentId, String[] beforeCode, String fragment) {
        this.contentId = contentId;
        this.beforeCode = beforeCode;
        this.fragment = fragment;
    }

    /** The destination of a content item, or empty when its canonical URL is not an absolute http(s) URL. */
    public static Optional<Destination> of(ContentTarget target) {
        Optional<String> safe = safeUrl(target.canonicalUrl());
        if (safe.isEmpty()) {
            return Optional.empty();
        }
        String url = safe.get();
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash);
        String withoutFragment = hash < 0 ? url : url.substring(0, hash);
        int question = withoutFragment.indexOf('?');
        String base = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        StringBuilder kept = new StringBuilder();
        if (question >= 0) {
            for (String pair : withoutFragment.substring(question + 1).split("&")) {
                if (!pair.isEmpty() && !OURS.contains(key(pair))) {
                    kept.append(pair).append('&');
                }
            }
        }
        String campaign = "&utm_medium=employee_advocacy&utm_campaign=" + encode(target.slug()) + "&utm_content=";
        Platform[] platforms = Platform.values();
        String[] beforeCode = new String[platforms.length];
        for (Platform platform : platforms) {
            beforeCode[platform.ordinal()] = base + '?' + kept + "utm_source=" + platform.id() + campaign;
        }
        return Optional.of(new Destination(target.contentId(), beforeCode, fragment));
    }

    public String contentId() {
        return contentId;
    }

    /** The Location of one visit. */
    public String location(Platform platform, String code, String clickId) {
        return beforeCode[platform.ordinal()] + code + "&hclid=" + clickId + fragment;
    }

    private static String key(String pair) {
        int eq = pair.indexOf('=');
        String raw = eq < 0 ? pair : pair.substring(0, eq);
        return decode(raw).toLowerCase(Locale.ROOT);
    }

    /** Percent-decodes leniently ('+' is a space in a query; a malformed escape is kept as it is). */
    private static String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        byte[] out = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()
                && Character.digit(raw.charAt(i + 1), 16) >= 0 && Character.digit(raw.charAt(i + 2), 16) >= 0) {
                out[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c == '+') {
                out[n++] = ' ';
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** Encodes a query value: unreserved characters as they are, everything else as UTF-8 percent escapes. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The URL, or empty when it is not an absolute http(s) URL with a host, of printable ASCII only: what a Location
     * header carries as it is. Content URLs are all such ({@code WebUrls.check} refuses any other when an item is
     * saved); anything else is no target rather than repaired here.
     */
    static Optional<String> safeUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (schemeEnd < 0) {
            return Optional.empty();
        }
        int authorityEnd = schemeEnd;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        if (authorityEnd == schemeEnd || url.substring(schemeEnd, authorityEnd).indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(url);
    }
}
