package io.herald.extension.background;

import java.util.Locale;

/**
 * The Herald server's address as an employee types it into the options page: {@code herald.example.com},
 * {@code https://herald.example.com/} or a URL with a path. Herald's tokens travel to it, so it must be HTTPS; plain
 * HTTP is accepted only for the machine itself ({@code localhost}, {@code 127.x.x.x}, {@code [::1]}), for trying
 * Herald out.
 */
final class ServerAddress {

    private ServerAddress() {
    }

    /**
     * The address without a trailing slash ({@code https://herald.example.com}), or throws
     * {@link IllegalArgumentException} with a sentence for the person.
     */
    static String normalize(String typed) {
        String address = typed == null ? "" : typed.trim();
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Enter the address of your company's Herald server.");
        }
        if (!address.contains("://")) {
            address = "https://" + address;
        }
        int schemeEnd = address.indexOf("://");
        String scheme = address.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = address.substring(schemeEnd + 3);
        int pathStart = firstOf(rest, '/', '?', '#');
        String authority = rest.substring(0, pathStart);
        String path = rest.substring(pathStart);
        if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
            throw new IllegalArgumentException("The server address cannot have a ? or # part.");
        }
        if (authority.isEmpty() || authority.indexOf('@') >= 0 || authority.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("\"" + typed.trim() + "\" is not a server address.");
        }
        String host = host(authority).toLowerCase(Locale.ROOT);
        if (scheme.equals("http")) {
            if (!loopback(host)) {
                throw new IllegalArgumentException("Use the https:// address of your Herald server.");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException("Use the https:// address of your Herald server.");
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + authority.toLowerCase(Locale.ROOT) + path;
    }

    private static int firstOf(String text, char... stops) {
        int first = text.length();
        for (char stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    private static String host(String authority) {
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            return end < 0 ? authority : authority.substring(0, end + 1);
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("[::1]") || host.startsWith("127.");
    }
}
