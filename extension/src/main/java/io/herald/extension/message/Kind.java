package io.herald.extension.message;

/**
 * Every kind of message the background answers, and who may send it: content scripts run inside LinkedIn and X
 * pages and may only ask for what the composer needs; the extension's own pages (options, popup) may ask for
 * anything. Tokens never leave the background in any answer.
 */
public enum Kind {
    /** content.js: a composer got focus; answer {@code {"inject": bool}} after loading the assistant into the frame. */
    COMPOSER_FOCUSED("composer-focused", true),
    /** assistant: {@code {"site"}} → who is signed in, the language and its messages, whether the panel is collapsed. */
    HELLO("hello", true),
    /** assistant: {@code {"text", "platform", "contentId"?}} → the engine's result ({@code findings, length, ownWords}). */
    LINT("lint", true),
    /** assistant: {@code {"text", "platform", "limit"}} → {@code {"items": [...]}}, ranked against the text. */
    SUGGEST("suggest", true),
    /** assistant and popup: {@code {"contentId", "platform"}} → {@code {"text", "linkUrl", "linkCode"}} to insert. */
    COMPOSE("compose", true),
    /** assistant: {@code {"text", "platform"}} → {@code {"offers": [{"url", "contentId", "title"}]}} for pasted item URLs. */
    LINK_OFFERS("link-offers", true),
    /** assistant: {@code {"contentId", "platform"}} → {@code {"linkUrl", "linkCode"}}, the employee's tracked link. */
    LINK("link", true),
    /** assistant: {@code {"id", "text", "platform"}} → {@code {"queued": bool}}; reported when Post is pressed. */
    REPORT_SHARE("report-share", true),
    /**
     * content.js: {@code {"site"}}, at load and every 20 s while its page is visible: starts the background before a
     * composer gets focus (it parses the rule set as it starts) and keeps the browser from stopping it; answers
     * {@code {"keep": bool}}, false when nobody is signed in or the site is switched off: the page stops asking until
     * it is shown again.
     */
    KEEPALIVE("keepalive", true),
    /** assistant: {@code {"site", "collapsed"}}. */
    SET_COLLAPSED("set-collapsed", true),
    /** assistant: opens the options page (sign in). */
    OPEN_OPTIONS("open-options", true),

    /** pages: the sign-in state, settings and the server preset by policy. */
    STATUS("status", false),
    /** options: {@code {"server", "code", "displayName"}} → the status, or an error to show. */
    SIGN_IN("sign-in", false),
    SIGN_OUT("sign-out", false),
    /** options: {@code {"language", "sites": {"x", "linkedin"}}}. */
    SAVE_SETTINGS("save-settings", false),
    /** options: {@code {"leaderboard": bool}} → the preferences stored by the API. */
    SET_LEADERBOARD("set-leaderboard", false),
    /** popup: {@code {"q"}} → {@code {"items": [...]}}, featured first. */
    FEED("feed", false),
    /** popup: this month's figures from {@code GET /api/v1/me/stats}. */
    MY_STATS("my-stats", false),
    /** popup: a one-time code to sign in another browser → {@code {"code", "expiresAt"}}. */
    SIGN_IN_CODE("sign-in-code", false),
    /** pages and tests: shares waiting to be delivered → {@code {"pending", "delivered"}}. */
    QUEUE_STATUS("queue-status", false);

    private final String id;
    private final boolean forContentScripts;

    Kind(String id, boolean forContentScripts) {
        this.id = id;
        this.forContentScripts = forContentScripts;
    }

    public String id() {
        return id;
    }

    /** Whether a script running inside a web page may send it; the rest only the extension's own pages. */
    public boolean forContentScripts() {
        return forContentScripts;
    }

    /** The kind with this id, or null. */
    public static Kind fromId(String id) {
        for (Kind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
