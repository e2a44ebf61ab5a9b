package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.common.rank.RankDocument;
import io.herald.common.rank.RankHit;
import io.herald.common.rank.RankIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The approved content the signed-in person may share (their feed), kept in storage under {@code feed} so
 * suggestions work offline, and indexed for ranking once per version of the feed: when it arrives, and after the
 * worker starts, when suggestions are first asked for (not before the first findings). Also the person's tracked
 * links (under {@code links}, one per item and platform), which the API mints once and then returns unchanged.
 */
final class Library {

    static final String FEED_KEY = "feed";
    static final String LINKS_KEY = "links";
    /** The feed is read in pages of the API's largest size, up to this many items. */
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 100;

    private final Api api;
    private final Session session;
    private List<FeedItem> items = new ArrayList<>();
    private Map<String, FeedItem> byId = new HashMap<>();
    private List<String> approvedUrls = new ArrayList<>();
    private RankIndex index;
    private JsonObject links = new JsonObject();

    Library(Api api, Session session) {
        this.api = api;
        this.session = session;
    }

    void load(Runnable done) {
        Store.read(FEED_KEY, feed -> Store.read(LINKS_KEY, stored -> {
            if (feed != null && feed.isArray()) {
                adopt(feed.asArray());
            }
            links = stored != null && stored.isObject() ? stored.asObject() : new JsonObject();
            done.run();
        }));
    }

    /** Reads the whole feed again, page by page; keeps the stored one when the API cannot be reached. */
    void refresh(Runnable done) {
        readPages(0, new JsonArray(), feed -> {
            if (feed == null) {
                done.run();
                return;
            }
            adopt(feed);
            Store.write(FEED_KEY, feed, done);
        });
    }

    private void readPages(int page, JsonArray gathered, Consumer<JsonArray> done) {
        api.get("/api/v1/feed?size=" + PAGE_SIZE + "&page=" + page, response -> {
            if (!response.ok()) {
                done.accept(null);
                return;
            }
            JsonObject body = response.json();
            JsonValue pageItems = body.get("items");
            int count = 0;
            if (pageItems != null && pageItems.isArray()) {
                for (JsonValue item : pageItems.asArray()) {
                    gathered.add(item);
                    count++;
                }
            }
            double total = body.getDouble("total", 0);
            if (count == PAGE_SIZE && gathered.size() < total && page + 1 < MAX_PAGES) {
                readPages(page + 1, gathered, done);
            } else {
                done.accept(gathered);
            }
        });
    }

    private void adopt(JsonArray feed) {
        List<FeedItem> read = new ArrayList<>();
        Map<String, FeedItem> ids = new HashMap<>();
        for (JsonValue value : feed) {
            if (value.isObject()) {
                FeedItem item = FeedItem.read(value.asObject());
                if (!item.id().isEmpty()) {
                    read.add(item);
                    ids.put(item.id(), item);
                }
            }
        }
        List<String> urls = new ArrayList<>();
        for (FeedItem item : read) {
            if (!item.canonicalUrl().isEmpty()) {
                urls.add(item.canonicalUrl());
            }
        }
        items = read;
        byId = ids;
        approvedUrls = urls;
        index = null;
    }

    /** Builds the ranking index now if it is not built (it takes a while for a large library). */
    void index() {
        if (index == null) {
            List<RankDocument> documents = new ArrayList<>(items.size());
            for (FeedItem item : items) {
                documents.add(item.document());
            }
            index = RankIndex.build(documents);
        }
    }

    FeedItem find(String id) {
        return byId.get(id);
    }

    List<FeedItem> items() {
        return items;
    }

    /** The canonical URLs of the approved items, for the rule that prefers a tracked link to a bare URL. */
    List<String> approvedUrls() {
        return approvedUrls;
    }

    /**
     * The items to suggest for a draft on a platform: while the draft is empty, this week's challenge items, then
     * featured items, then the rest; else the best ranked. Only items with something to post there.
     */
    List<FeedItem> suggest(String draft, String platform, int limit, List<FeedItem> challengeItems) {
        List<FeedItem> chosen = new ArrayList<>();
        if (draft.trim().isEmpty()) {
            addPostable(chosen, challengeItems, platform, limit);
            List<FeedItem> featured = new ArrayList<>();
            List<FeedItem> rest = new ArrayList<>();
            for (FeedItem item : items) {
                (item.featured() ? featured : rest).add(item);
            }
            addPostable(chosen, featured, platform, limit);
            addPostable(chosen, rest, platform, limit);
            return chosen;
        }
        index();
        List<FeedItem> ranked = new ArrayList<>();
        for (RankHit hit : index.rank(draft, limit * 2)) {
            FeedItem item = byId.get(hit.id());
            if (item != null) {
                ranked.add(item);
            }
        }
        addPostable(chosen, ranked, platform, limit);
        return chosen;
    }

    /** Adds the items of {@code from} that can be posted on {@code platform} and are not chosen yet, up to the limit. */
    private static void addPostable(List<FeedItem> chosen, List<FeedItem> from, String platform, int limit) {
        for (FeedItem item : from) {
            if (chosen.size() >= limit) {
                return;
            }
            if (postable(item, platform) && !contains(chosen, item.id())) {
                chosen.add(item);
            }
        }
    }

    private static boolean contains(List<FeedItem> items, String id) {
        for (FeedItem item : items) {
            if (item.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Items whose title, summary or captions contain every word of {@code query}, featured first. */
    List<FeedItem> search(String query, int limit) {
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<FeedItem> featured = new ArrayList<>();
        List<FeedItem> rest = new ArrayList<>();
        for (FeedItem item : items) {
            StringBuilder text = new StringBuilder(item.title()).append(' ').append(item.summary());
            for (FeedItem.Caption caption : item.captions()) {
                text.append(' ').append(caption.text());
            }
            String haystack = text.toString().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String word : words) {
                if (!word.isEmpty() && !haystack.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                (item.featured() ? featured : rest).add(item);
            }
        }
        featured.addAll(rest);
        return featured.size() > limit ? featured.subList(0, limit) : featured;
    }

    private static boolean postable(FeedItem item, String platform) {
        if (item.captions().isEmpty()) {
            return true;
        }
        for (FeedItem.Caption caption : item.captions()) {
            if (caption.fits(platform)) {
                return true;
            }
        }
        return false;
    }

    /** The person's tracked link for an item on a platform: from memory, or minted by the API (once). */
    void link(String contentId, String platform, Consumer<Response> answer) {
        String key = contentId + "|" + platform;
        JsonObject known = knownLink(contentId, platform);
        if (known != null) {
            answer.accept(new Response(200, known.toString(), "", ""));
            return;
        }
        api.post("/api/v1/links", new JsonObject().add("contentId", contentId).add("platform", platform),
                response -> {
                    if (!response.ok()) {
                        answer.accept(response);
                        return;
                    }
                    JsonObject link = response.json();
                    JsonObject kept = new JsonObject()
                            .add("code", link.getString("code", ""))
                            .add("url", link.getString("url", ""))
                            .add("contentId", contentId)
                            .add("platform", platform);
                    links.set(key, kept);
                    Store.write(LINKS_KEY, links, () -> answer.accept(new Response(200, kept.toString(), "", "")));
                });
    }

    /** The person's tracked link for an item on a platform if it was minted before, or null. */
    JsonObject knownLink(String contentId, String platform) {
        JsonValue known = links.get(contentId + "|" + platform);
        return known != null && known.isObject() ? known.asObject() : null;
    }

    /** The person's tracked links that occur in {@code text}: {@code {"code", "url", "contentId", "platform"}}. */
    List<JsonObject> linksIn(String text) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonObject.Member member : links) {
            if (member.getValue().isObject()) {
                JsonObject link = member.getValue().asObject();
                String url = link.getString("url", "");
                if (!url.isEmpty() && text.contains(url)) {
                    found.add(link);
                }
            }
        }
        return found;
    }

    /** The start of every tracked link ({@code <public-url>/r/}), as the API's links show it. */
    String trackedLinkPrefix() {
        for (JsonObject.Member member : links) {
            if (member.getValue().isObject()) {
                JsonObject link = member.getValue().asObject();
                String url = link.getString("url", "");
                String code = link.getString("code", "");
                if (!code.isEmpty() && url.endsWith(code)) {
                    return url.substring(0, url.length() - code.length());
                }
            }
        }
        return session.server() + "/r/";
    }

    /** Forgets the feed and the links (signing out, or another person signing in). */
    void clear(Runnable done) {
        items = new ArrayList<>();
        byId = new HashMap<>();
        approvedUrls = new ArrayList<>();
        index = null;
        links = new JsonObject();
        Store.delete(FEED_KEY, () -> Store.delete(LINKS_KEY, done));
    }
}
