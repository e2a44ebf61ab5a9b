package io.herald.extension.background;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import io.herald.common.lint.Finding;
import io.herald.common.lint.LintRequest;
import io.herald.common.lint.RuleSet;
import io.herald.common.lint.SharedItem;
import io.herald.common.platform.Platform;
import io.herald.common.similarity.Fingerprint;
import io.herald.common.similarity.OwnWords;
import io.herald.engine.BrowserEngine;
import io.herald.extension.jso.Scripting;
import io.herald.extension.jso.Timers;
import io.herald.extension.message.Message;
import io.herald.extension.site.Site;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the assistant in a composer asks for. Nothing here calls the API while the person types: lints and
 * suggestions come from the rule set and the library held here; the API is called when they insert content (a tracked
 * link is minted) and when they post (the share is reported).
 */
final class Composing {

    /** The most suggestions the panel shows. */
    private static final int MAX_SUGGESTIONS = 5;
    /** A draft of about 1,500 characters with what most rules look at: words, a link, hashtags, a mention, emoji. */
    private static final String SAMPLE_DRAFT = sampleDraft();

    private final Session session;
    private final Settings settings;
    private final Guidelines guidelines;
    private final Library library;
    private final Challenges challenges;
    private final GiveToAsk giveToAsk;
    private final ShareQueue shares;
    private final Catalogs catalogs;
    /** Whether a composer asked for the assistant or a lint since the worker started. */
    private boolean composerAsked;

    Composing(Session session, Settings settings, Guidelines guidelines, Library library, Challenges challenges,
              GiveToAsk giveToAsk, ShareQueue shares, Catalogs catalogs) {
        this.session = session;
        this.settings = settings;
        this.guidelines = guidelines;
        this.library = library;
        this.challenges = challenges;
        this.giveToAsk = giveToAsk;
        this.shares = shares;
        this.catalogs = catalogs;
    }

    /** A composer got focus in a tab: load the assistant into its frame, unless the site is switched off. */
    void composerFocused(Message request, Router.Sender sender, Consumer<Message> answer) {
        composerAsked = true;
        Site site = Site.forId(request.text("site"));
        if (site == null || !settings.siteOn(site) || sender.tabId() < 0 || !sender.fromWeb()) {
            answer.accept(Message.answer().with("inject", false));
            return;
        }
        Scripting.inject(sender.tabId(), sender.frameId(), "assistant.js", error -> {
            answer.accept(error == null ? Message.answer().with("inject", true)
                    : Message.error(error).with("inject", false));
            // Parse the rule set now if the worker just started, while the assistant sets itself up.
            Timers.later(guidelines::ruleSet, 0);
        });
    }

    /**
     * Readies the engine once the worker has started: parses the rule set and, unless a composer is already waiting
     * (its own first lint comes sooner), lints a sample draft on each platform, so that the engine's code is compiled
     * before a composer asks: the first lint in a new worker otherwise takes several times the 100 ms its findings
     * may (bench/extension).
     */
    void ready() {
        RuleSet rules = guidelines.ruleSet();
        if (!composerAsked) {
            for (String platform : new String[] {"linkedin", "x"}) {
                BrowserEngine.lint(rules, lintRequest(SAMPLE_DRAFT, platform, null, null));
            }
        }
    }

    /** A page of a site is visible: the assistant may be needed there soon, so the background should stay. */
    void keepAlive(Message request, Router.Sender sender, Consumer<Message> answer) {
        Site site = Site.forId(request.text("site"));
        answer.accept(Message.answer().with("keep", session.signedIn() && site != null && settings.siteOn(site)));
    }

    void hello(Message request, Router.Sender sender, Consumer<Message> answer) {
        Site site = Site.forId(request.text("site"));
        String language = settings.language();
        catalogs.catalog(settings.chosenLanguage(), catalog -> answer.accept(Message.answer()
                .with("signedIn", session.signedIn())
                .with("displayName", session.user().getString("displayName", ""))
                .with("language", language)
                .with("catalog", catalog)
                .with("collapsed", site != null && settings.collapsed(site))
                .with("leansToAsks", session.signedIn() && giveToAsk.leansToAsks())
                .with("challenge", session.signedIn() ? challenges.summary() : null)));
    }

    /** The engine's result for the draft, passed on as the engine wrote it. */
    void lint(Message request, Router.Sender sender, Consumer<Message> answer) {
        composerAsked = true;
        String text = request.text("text");
        String platform = platform(request);
        FeedItem item = library.find(request.text("contentId"));
        String trackedLink = null;
        if (item != null) {
            JsonObject link = library.knownLink(item.id(), platform);
            trackedLink = link == null ? null : link.getString("url", null);
        } else {
            for (JsonObject link : library.linksIn(text)) {
                if (link.getString("platform", "").equals(platform)) {
                    item = library.find(link.getString("contentId", ""));
                    trackedLink = link.getString("url", null);
                    break;
                }
            }
        }
        answer.accept(Message.verbatim(BrowserEngine.lint(guidelines.ruleSet(),
                lintRequest(text, platform, item, trackedLink))));
    }

    void suggest(Message request, Router.Sender sender, Consumer<Message> answer) {
        String platform = platform(request);
        int limit = (int) Math.max(1, Math.min(MAX_SUGGESTIONS, request.number("limit", MAX_SUGGESTIONS)));
        JsonArray items = new JsonArray();
        List<FeedItem> challengeItems = challenges.items();
        for (FeedItem item : library.suggest(request.text("text"), platform, limit, challengeItems)) {
            items.add(item.view(platform, settings.language()).add("challenge", challengeItems.contains(item)));
        }
        answer.accept(Message.answer().with("items", items));
    }

    /** The post to insert for an item: its caption with the person's tracked link, minted now if need be. */
    void compose(Message request, Router.Sender sender, Consumer<Message> answer) {
        String platform = platform(request);
        FeedItem item = find(request.text("contentId"));
        if (item == null) {
            answer.accept(Message.error("This item is no longer in your feed."));
            return;
        }
        library.link(item.id(), platform, response -> {
            if (!response.ok()) {
                answer.accept(Message.error(response.problem()));
                return;
            }
            String url = response.json().getString("url", "");
            answer.accept(Message.answer()
                    .with("text", item.post(platform, settings.language(), url))
                    .with("linkUrl", url)
                    .with("linkCode", response.json().getString("code", ""))
                    .with("contentId", item.id()));
        });
        shares.flush();
    }

    /** The person's tracked link for an item, to put in place of its address. */
    void link(Message request, Router.Sender sender, Consumer<Message> answer) {
        library.link(request.text("contentId"), platform(request), response -> answer.accept(response.ok()
                ? Message.answer().with("linkUrl", response.json().getString("url", ""))
                        .with("linkCode", response.json().getString("code", ""))
                : Message.error(response.problem())));
    }

    /** Addresses of approved items in the text, which the person can swap for their tracked link with one click. */
    void linkOffers(Message request, Router.Sender sender, Consumer<Message> answer) {
        String text = request.text("text");
        JsonArray offers = new JsonArray();
        for (FeedItem item : library.items()) {
            String url = item.canonicalUrl();
            if (!url.isEmpty() && text.contains(url)) {
                offers.add(new JsonObject().add("url", url).add("contentId", item.id()).add("title", item.title()));
            }
        }
        answer.accept(Message.answer().with("offers", offers));
    }

    /**
     * Post was pressed. If the draft holds one of the person's tracked links, the share is reported: which link,
     * where, how much of it is in their own words, which guidelines it tripped and its near-duplicate fingerprint.
     * Never the text itself.
     */
    void reportShare(Message request, Router.Sender sender, Consumer<Message> answer) {
        String text = request.text("text");
        String platform = platform(request);
        String id = request.text("id");
        JsonObject link = null;
        for (JsonObject candidate : library.linksIn(text)) {
            if (candidate.getString("platform", "").equals(platform)) {
                link = candidate;
                break;
            }
        }
        if (link == null || id.isEmpty() || !session.signedIn()) {
            answer.accept(Message.answer().with("queued", false));
            return;
        }
        FeedItem item = library.find(link.getString("contentId", ""));
        LintRequest lintRequest = lintRequest(text, platform, item, link.getString("url", null));
        JsonObject findings = new JsonObject();
        for (Finding finding : guidelines.ruleSet().lint(lintRequest)) {
            findings.set(finding.ruleId(), findings.getInt(finding.ruleId(), 0) + 1);
        }
        JsonObject share = new JsonObject()
                .add("id", id)
                .add("linkCode", link.getString("code", ""))
                .add("platform", platform)
                .add("postedAt", Timers.iso(Timers.now()))
                .add("ownWords", item == null ? 1.0 : OwnWords.share(text, item.captionsFor(platform)))
                .add("findings", findings)
                .add("fingerprint", Fingerprint.of(text));
        shares.add(share, () -> answer.accept(Message.answer().with("queued", true)));
    }

    void setCollapsed(Message request, Router.Sender sender, Consumer<Message> answer) {
        Site site = Site.forId(request.text("site"));
        if (site == null) {
            answer.accept(Message.error("Unknown site."));
            return;
        }
        settings.setCollapsed(site, request.flag("collapsed"), () -> answer.accept(Message.answer()));
    }

    /** An item of the feed or of this week's challenges. */
    private FeedItem find(String id) {
        FeedItem item = library.find(id);
        if (item != null) {
            return item;
        }
        for (FeedItem challengeItem : challenges.items()) {
            if (challengeItem.id().equals(id)) {
                return challengeItem;
            }
        }
        return null;
    }

    private LintRequest lintRequest(String text, String platform, FeedItem item, String trackedLink) {
        LintRequest.Builder builder = LintRequest.builder(text, Platform.fromId(platform).orElse(Platform.X))
                .language(settings.language())
                .approvedUrls(library.approvedUrls())
                .trackedLinks(List.of(library.trackedLinkPrefix()));
        if (item != null) {
            builder.item(new SharedItem(item.canonicalUrl().isEmpty() ? Optional.empty()
                    : Optional.of(item.canonicalUrl()), item.captionsFor(platform), Optional.ofNullable(trackedLink)));
        }
        return builder.build();
    }

    private static String sampleDraft() {
        StringBuilder draft = new StringBuilder();
        while (draft.length() < 1_500) {
            draft.append("Proud of what our team built this year: the new factory opened today, and we are hiring! ")
                    .append("Read more at https://www.example.com/news/2026/factory-opens #energy #jobs @herald \uD83C\uDF89\n\n");
        }
        return draft.toString();
    }

    private static String platform(Message request) {
        return request.text("platform").equals("linkedin") ? "linkedin" : "x";
    }
}
