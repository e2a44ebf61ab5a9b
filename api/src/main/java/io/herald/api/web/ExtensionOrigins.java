package io.herald.api.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.helidon.config.Config;

/**
 * The browser-extension origins that may call the API cross-origin: {@code herald.cors.extension-origins}, a
 * comma-separated list of {@code chrome-extension://<id>}, {@code moz-extension://<uuid>}, or either scheme with
 * {@code *} for any extension of that browser. Nothing else is accepted: web pages have no business calling the API
 * from a browser (the admin console is served from the API's own origin), and a setting that could allow them would
 * one day be set to allow them.
 *
 * <p>The setting is one string rather than a YAML list on purpose: Helidon merges a list from a higher-precedence
 * source (an environment variable {@code _0}) index by index into the default's list, so narrowing two defaults to one
 * id would quietly keep the second default. A string is replaced whole.
 */
public final class ExtensionOrigins {
    public static final String KEY = "herald.cors.extension-origins";
    public static final String DEFAULT = "chrome-extension://*, moz-extension://*";

    /** The browsers whose extensions may be allowed, with the shape of their origins. */
    private enum Browser {
        /** Chromium (Chrome, Edge): the id is 32 letters a-p, fixed for a published extension. */
        CHROMIUM("chrome-extension://", Pattern.compile("[a-p]{32}")),
        /** Firefox: a random UUID that each installation of the extension gets for itself. */
        FIREFOX("moz-extension://",
                Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

        private final String scheme;
        private final Pattern id;

        Browser(String scheme, Pattern id) {
            this.scheme = scheme;
            this.id = id;
        }

        /** Whether the origin is an extension origin of this browser, exactly as browsers send it. */
        boolean owns(String origin) {
            return origin.startsWith(scheme) && id.matcher(origin).region(scheme.length(), origin.length()).matches();
        }
    }

    private final Set<Browser> anyExtensionOf;
    private final Set<String> exactly;

    private ExtensionOrigins(Set<Browser> anyExtensionOf, Set<String> exactly) {
        this.anyExtensionOf = anyExtensionOf;
        this.exactly = exactly;
    }

    /** Reads the setting; an entry that is not an extension origin stops Herald at start, naming the key. */
    public static ExtensionOrigins from(Config config) {
        List<String> entries = config.get(KEY).asList(String.class).orElseGet(() -> List.of(DEFAULT.split(",")));
        return of(entries);
    }

    static ExtensionOrigins of(List<String> entries) {
        Set<Browser> any = EnumSet.noneOf(Browser.class);
        Set<String> exact = new HashSet<>();
        for (String raw : entries) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            Browser browser = browserOf(entry);
            if (entry.equals(browser.scheme + "*")) {
                any.add(browser);
            } else {
                exact.add(entry);
            }
        }
        return new ExtensionOrigins(any, Set.copyOf(exact));
    }

    private static Browser browserOf(String entry) {
        for (Browser browser : Browser.values()) {
            if (entry.equals(browser.scheme + "*") || browser.owns(entry)) {
                return browser;
            }
        }
        throw new IllegalStateException(KEY + " has '" + entry + "', which is not a browser-extension origin: "
                                        + "expected chrome-extension://<32 letters a-p>, moz-extension://<UUID>, "
                                        + "chrome-extension://* or moz-extension://*, separated by commas");
    }

    /** Whether a request's {@code Origin} is one of the allowed extensions. */
    public boolean allows(String origin) {
        for (Browser browser : anyExtensionOf) {
            if (browser.owns(origin)) {
                return true;
            }
        }
        return exactly.contains(origin);
    }
}
