package io.herald.common.lint.match;

import io.herald.common.lint.LintRequest;
import io.herald.common.lint.SharedItem;
import io.herald.common.text.TextBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which URLs in a draft point at company content. URLs are compared by a key that ignores what a person
 * typing or pasting a link varies without meaning another page: the scheme, a {@code www.} prefix, the case of the
 * host, a trailing slash and the fragment.
 */
public final class ContentUrls {

    private final Optional<String> itemKey;
    private final List<String> approvedKeys = new ArrayList<>();
    private final List<String> retiredKeys = new ArrayList<>();
    private final List<String> trackedPrefixes = new ArrayList<>();
    /** Keys of the draft's URLs, asked for by every link and disclosure rule of a lint. */
    private final Map<String, String> draftKeys = new HashMap<>();

    public ContentUrls(LintRequest request) {
        itemKey = request.item().flatMap(SharedItem::url).map(ContentUrls::key);
        itemKey.ifPresent(approvedKeys::add);
        request.approvedUrls().forEach(url -> approvedKeys.add(key(url)));
        request.retiredUrls().forEach(url -> retiredKeys.add(key(url)));
        request.trackedLinks().forEach(url -> trackedPrefixes.add(key(url)));
    }

    /** The canonical URL of an approved item (the shared item's included). */
    public boolean isApproved(String url) {
        return approvedKeys.contains(draftKey(url));
    }

    /** The canonical URL of the item being shared. */
    public boolean isSharedItem(String url) {
        return itemKey.isPresent() && itemKey.get().equals(draftKey(url));
    }

    public boolean isRetired(String url) {
        return retiredKeys.contains(draftKey(url));
    }

    /** A tracked link: equal to one given or starting with a given prefix. */
    public boolean isTracked(String url) {
        String key = draftKey(url);
        for (String prefix : trackedPrefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private String draftKey(String url) {
        String key = draftKeys.get(url);
        if (key == null) {
            key = key(url);
            draftKeys.put(url, key);
        }
        return key;
    }

    /** The comparison key of a URL: no scheme, no {@code www.}, lower-case host, no fragment, no trailing slash. */
    public static String key(String url) {
        String rest = url.trim();
        int scheme = rest.indexOf("://");
        if (scheme >= 0 && isScheme(rest.substring(0, scheme))) {
            rest = rest.substring(scheme + 3);
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int hostEnd = firstOf(rest, "/?");
        String host = lowerCase(rest.substring(0, hostEnd));
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = rest.substring(hostEnd);
        int query = path.indexOf('?');
        String beforeQuery = query >= 0 ? path.substring(0, query) : path;
        String queryPart = query >= 0 ? path.substring(query) : "";
        while (beforeQuery.endsWith("/")) {
            beforeQuery = beforeQuery.substring(0, beforeQuery.length() - 1);
        }
        // Joined by a TextBuilder: in the browser, string concatenation goes through a character buffer.
        return TextBuilder.create(host.length() + beforeQuery.length() + queryPart.length())
                .append(host).append(beforeQuery).append(queryPart).build();
    }

    /** {@code toLowerCase(Locale.ROOT)}, without TeaVM's locale handling for the usual host that is already so. */
    private static String lowerCase(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return host.toLowerCase(Locale.ROOT);
            }
        }
        return host;
    }

    private static boolean isScheme(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String text, String stops) {
        for (int i = 0; i < text.length(); i++) {
            if (stops.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
