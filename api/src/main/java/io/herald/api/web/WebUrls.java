package io.herald.api.web;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The rule for every web address Herald stores and later sends people to (canonical and image URLs, redirect
 * targets): an absolute {@code http} or {@code https} URL with a host, written the way a browser sends it.
 *
 * <p>Stricter than a browser's parser on purpose. The WHATWG parser repairs input (strips control characters and
 * whitespace, turns backslashes into slashes, percent-encodes non-ASCII, reads {@code 0x7f.1} as an IPv4 address,
 * drops an empty {@code user@}); each repair is a place where what an admin reviewed and what a browser opens can
 * differ, so this rule refuses such input instead of repairing it. {@code java.net.URI} checks the RFC 3986 syntax;
 * the explicit checks below cover what it allows and browsers refuse or reinterpret (see the test of the WHATWG
 * conformance data, {@code WebUrlsTest}).
 */
public final class WebUrls {
    public static final int MAX_LENGTH = 2048;
    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;

    private WebUrls() {
    }

    /**
     * The URL, with scheme and host in lower case (both are case-insensitive), or a 400 naming the field and saying
     * what is wrong.
     */
    public static String check(String field, String value) {
        Fields.required(field, value);
        Fields.maxLength(field, value, MAX_LENGTH);
        if (value.isEmpty()) {
            throw ApiException.invalidField(field, "must not be blank.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                throw ApiException.invalidField(field, "must not contain spaces or control characters (U+"
                                                       + String.format("%04X", (int) c) + " at position " + i + ").");
            }
            if (c > 0x7F) {
                throw ApiException.invalidField(field, "must be ASCII: percent-encode other characters (U+"
                                                       + String.format("%04X", (int) c) + " at position " + i + ").");
            }
        }
        int colon = value.indexOf(':');
        String scheme = colon > 0 ? value.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.invalidField(field, scheme.isEmpty() || !scheme.matches("[a-z][a-z0-9+.-]*")
                    ? "must be an absolute http or https URL."
                    : "must be an http or https URL, not " + scheme + ":.");
        }
        if (!value.startsWith("//", colon + 1)) {
            throw ApiException.invalidField(field, "must be written as " + scheme + "://host/...");
        }
        int authorityStart = colon + 3;
        if (authorityStart == value.length() || "/?#".indexOf(value.charAt(authorityStart)) >= 0) {
            throw ApiException.invalidField(field, "must name a host.");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ApiException.invalidField(field, "is not a valid URL: " + e.getReason() + " at position "
                                                   + e.getIndex() + ".");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw ApiException.invalidField(field, "must name a host.");
        }
        if (authority.indexOf('@') >= 0) {
            throw ApiException.invalidField(field, "must not contain user-info (user:password@ before the host).");
        }
        if (uri.getHost() == null) {
            throw ApiException.invalidField(field, "does not name a valid host.");
        }
        checkHost(field, uri.getHost());
        if (uri.getPort() > 65535) {
            throw ApiException.invalidField(field, "has a port above 65535.");
        }
        if (uri.getPort() == 0) {
            throw ApiException.invalidField(field, "has port 0, which no server can be reached on.");
        }
        return scheme + "://" + authority.toLowerCase(Locale.ROOT)
               + value.substring(authorityStart + authority.length());
    }

    /**
     * Refuses a URL (one {@link #check} accepted) whose host is this machine or a private network: {@code localhost}
     * and names under {@code .localhost}, and loopback, unspecified, link-local (where clouds answer metadata requests,
     * 169.254.169.254) and private-range addresses. People who follow a link from a post cannot reach such a host,
     * while a fetcher on a server (a link preview) might reach what it must not. Decided from the text alone: no name
     * is resolved, nothing is connected to. Tests that serve pages on loopback allow it with
     * {@code herald.content.allow-local-urls}.
     */
    public static String refuseLocal(String field, String url) {
        String host = URI.create(url).getHost();
        if (isLocalHost(host)) {
            throw ApiException.invalidField(field, "names a local or private address (" + host + "); only public "
                                                   + "web addresses can be shared.");
        }
        return url;
    }

    private static boolean isLocalHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean ipv6 = name.startsWith("[");
        if (!ipv6 && !isDottedQuad(name.split("\\.", -1))) {
            return false; // a DNS name: not resolved here
        }
        InetAddress address;
        try {
            // A literal (check() allowed only dotted quads and bracketed IPv6): parsed, never looked up.
            address = InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            return false;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        boolean unspecifiedNetwork = bytes.length == 4 && bytes[0] == 0;      // 0.0.0.0/8
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
               || address.isSiteLocalAddress() || uniqueLocal || unspecifiedNetwork;
    }

    /** An optional URL: null or blank is absent, anything else must pass {@link #check}. */
    public static java.util.Optional<String> optional(String field, String value) {
        if (value == null || value.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(check(field, value));
    }

    /**
     * A host is an IPv6 literal, a dotted-quad IPv4 address, or a DNS name. A name whose last label looks like a
     * number is what browsers read as an IPv4 address in another notation ({@code 0x7f.1}, {@code 3232235521}), so
     * it must be a plain dotted quad; {@code xn--} labels must be valid Punycode.
     */
    private static void checkHost(String field, String host) {
        if (host.startsWith("[")) {
            // java.net.URI has parsed the IPv6 literal; a zone ("%eth0") means nothing outside one machine.
            if (host.indexOf('%') >= 0) {
                throw ApiException.invalidField(field, "must not name an IPv6 zone in the host: " + host + ".");
            }
            return;
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty() || name.length() > MAX_HOST_LENGTH) {
            throw ApiException.invalidField(field, "does not name a valid host.");
        }
        String[] labels = name.split("\\.", -1);
        if (looksNumeric(labels[labels.length - 1])) {
            if (!isDottedQuad(labels)) {
                throw ApiException.invalidField(field, "has a host that is neither a name nor a dotted-quad IPv4 "
                                                       + "address: " + host + ".");
            }
            return;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.startsWith("-") || label.endsWith("-")
                || !label.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '-')) {
                throw ApiException.invalidField(field, "has an invalid host name: " + host + ".");
            }
            if (label.regionMatches(true, 0, "xn--", 0, 4) && !isPunycode(label)) {
                throw ApiException.invalidField(field, "has an invalid internationalised host name: " + host + ".");
            }
        }
    }

    /** The WHATWG "ends in a number" test: all digits, or 0x followed by hex digits. */
    private static boolean looksNumeric(String label) {
        if (label.startsWith("0x") || label.startsWith("0X")) {
            return label.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        }
        return !label.isEmpty() && label.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isDottedQuad(String[] labels) {
        if (labels.length != 4) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 3 || !label.chars().allMatch(c -> c >= '0' && c <= '9')
                || label.length() > 1 && label.charAt(0) == '0' || Integer.parseInt(label) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Decoding a valid {@code xn--} label always yields something else; {@code IDN} returns bad input unchanged. */
    private static boolean isPunycode(String label) {
        try {
            String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
            return !unicode.equalsIgnoreCase(label) && IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES)
                    .equalsIgnoreCase(label);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
