package io.herald.extension.site;

/** A site whose composer Herald assists, by its host names. */
public enum Site {
    X("x", "x", "x.com", "twitter.com"),
    LINKEDIN("linkedin", "linkedin", "www.linkedin.com");

    private final String id;
    private final String platform;
    private final String[] hosts;

    Site(String id, String platform, String... hosts) {
        this.id = id;
        this.platform = platform;
        this.hosts = hosts;
    }

    /** The id used in settings and messages. */
    public String id() {
        return id;
    }

    /** The API's platform id of posts written here. */
    public String platform() {
        return platform;
    }

    /** The site of a page's host name, or null for any other host. */
    public static Site forHost(String host) {
        for (Site site : values()) {
            for (String known : site.hosts) {
                if (known.equals(host)) {
                    return site;
                }
            }
        }
        return null;
    }

    /** The site with this id, or null. */
    public static Site forId(String id) {
        for (Site site : values()) {
            if (site.id.equals(id)) {
                return site;
            }
        }
        return null;
    }
}
