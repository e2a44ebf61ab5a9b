package io.herald.extension.site;

import io.herald.extension.jso.Dom;
import org.teavm.jso.dom.xml.Element;

/** The adapter of each site, and the steps the adapters share. */
public final class Adapters {

    /** How far up from the composer to look for its Post button or dialog: the sites nest about a dozen levels. */
    static final int MAX_LEVELS = 30;

    private Adapters() {
    }

    /** The adapter of a page's host, or null when Herald does not work there. */
    public static SiteAdapter forHost(String host) {
        Site site = Site.forHost(host);
        if (site == null) {
            return null;
        }
        return site == Site.X ? new XAdapter() : new LinkedInAdapter();
    }

    /**
     * The first element matching {@code selector} inside the nearest ancestor of {@code start} that contains one,
     * crossing shadow-root boundaries upwards; null when none is found within {@link #MAX_LEVELS}.
     */
    static Element nearest(Element start, String selector) {
        Element scope = Dom.parentAcrossShadow(start);
        for (int level = 0; scope != null && level < MAX_LEVELS; level++) {
            Element found = scope.querySelector(selector);
            if (found != null) {
                return found;
            }
            scope = Dom.parentAcrossShadow(scope);
        }
        return null;
    }
}
