package io.herald.api.attribution.sites;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import io.herald.api.web.ApiException;

/**
 * Web origins as browsers send them in the {@code Origin} header: {@code scheme://host[:port]}, lower case, no path,
 * the default port left out. Allowed origins are stored in that form so that a header compares with a plain equals.
 */
public final class Origins {
    private Origins() {
    }

    /** An allowed origin from a request body; a 400 naming {@code field} when it is not one. */
    public static String parse(String field, String value) {
        return normalise(value).orElseThrow(() -> ApiException.invalidField(
                field, "must be a web origin such as https://www.example.com (scheme and host, no path)."));
    }

    /** The origin in canonical form, or empty when it is not an http(s) origin. */
    public static Optional<String> normalise(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawUserInfo() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
