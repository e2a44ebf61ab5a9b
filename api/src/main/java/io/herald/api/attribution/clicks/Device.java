package io.herald.api.attribution.clicks;

import java.util.Locale;

/** The device class of a click, read from the user agent the way analytics tools usually bucket them. */
public enum Device {
    MOBILE("mobile"),
    TABLET("tablet"),
    DESKTOP("desktop"),
    OTHER("other");

    private final String id;

    Device(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Device of(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        // Tablets first: iPad and Android tablets also say "safari" or "android", and Android tablets lack "mobile".
        if (ua.contains("ipad") || ua.contains("tablet") || ua.contains("kindle") || ua.contains("silk/")
            || ua.contains("playbook") || (ua.contains("android") && !ua.contains("mobile"))) {
            return TABLET;
        }
        if (ua.contains("mobi") || ua.contains("iphone") || ua.contains("ipod") || ua.contains("android")
            || ua.contains("windows phone") || ua.contains("blackberry") || ua.contains("opera mini")) {
            return MOBILE;
        }
        if (ua.contains("windows nt") || ua.contains("macintosh") || ua.contains("mac os x") || ua.contains("x11")
            || ua.contains("cros ") || ua.contains("linux")) {
            return DESKTOP;
        }
        return OTHER;
    }
}
