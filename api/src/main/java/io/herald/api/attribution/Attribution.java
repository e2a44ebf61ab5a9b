package io.herald.api.attribution;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.herald.api.attribution.bots.BotClassifier;
import io.herald.api.attribution.clicks.ClickBuffer;
import io.herald.api.attribution.clicks.ClickJournal;
import io.herald.api.attribution.clicks.ClickRecorder;
import io.herald.api.attribution.clicks.ClickWriter;
import io.herald.api.attribution.clicks.JdbcClickSink;
import io.herald.api.attribution.clicks.VisitorSalts;
import io.herald.api.attribution.conversions.ConversionRepository;
import io.herald.api.attribution.conversions.ConversionService;
import io.herald.api.attribution.conversions.LateClicks;
import io.herald.api.attribution.links.LinkRepository;
import io.herald.api.attribution.links.LinkService;
import io.herald.api.attribution.redirect.ClickIds;
import io.herald.api.attribution.redirect.RedirectService;
import io.herald.api.attribution.redirect.RedirectTable;
import io.herald.api.attribution.shares.ShareService;
import io.herald.api.attribution.sites.SiteRepository;
import io.herald.api.attribution.sites.SiteService;
import io.herald.api.attribution.snippet.SnippetService;
import io.herald.api.cluster.ChangeFeed;
import io.herald.api.db.Database;
import io.herald.api.limits.RateLimits;
import io.herald.api.web.Area;
import io.herald.api.web.ClientAddress;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.PublicUrl;
import io.herald.api.web.Routes;
import io.helidon.dbclient.DbClient;

/**
 * The attribution area wired once: repositories, the redirect's cache, the click journal, buffer and writer, and the
 * HTTP services that {@code Main.routing} registers. {@link #close()} flushes the clicks not stored yet, so Herald
 * closes it before the database.
 */
public final class Attribution implements Area, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Attribution.class.getName());
    /** How long another instance's erasure may wait for this writer to store what it held with the old owners. */
    private static final Duration OWNERS_FLUSH = Duration.ofSeconds(8);

    private final RedirectTable redirects;
    private final ClickBuffer clickBuffer;
    private final Optional<ClickJournal> clickJournal;
    private final ClickWriter clickWriter;
    private final JdbcClickSink clickSink;
    private final LinkService links;
    private final RedirectService redirect;
    private final ShareService shares;
    private final SiteService sites;
    private final ConversionService conversions;
    private final SnippetService snippet;
    private final LateClicks lateClicks;
    private volatile Optional<ChangeFeed> feed = Optional.empty();

    private Attribution(RedirectTable redirects, ClickBuffer clickBuffer, Optional<ClickJournal> clickJournal,
                        ClickWriter clickWriter, JdbcClickSink clickSink, LinkService links,
                        RedirectService redirect, ShareService shares, SiteService sites,
                        ConversionService conversions, SnippetService snippet, LateClicks lateClicks) {
        this.redirects = redirects;
        this.clickBuffer = clickBuffer;
        this.clickJournal = clickJournal;
        this.clickWriter = clickWriter;
        this.clickSink = clickSink;
        this.links = links;
        this.redirect = redirect;
        this.shares = shares;
        this.sites = sites;
        this.conversions = conversions;
        this.snippet = snippet;
        this.lateClicks = lateClicks;
    }

    /** @param bots built from {@code settings.bots()} by the caller, while the database opens (it takes a while) */
    public static Attribution start(AttributionSettings settings, BotClassifier bots, Database database,
                                    JsonBodies bodies, ContentTargets targets, RateLimits limits,
                                    ClientAddress clientAddress, PublicUrl publicUrl, Clock clock) {
        DbClient client = database.client();
        LinkRepository linkRepository = new LinkRepository();
        RedirectTable redirects = new RedirectTable(client, linkRepository, targets, clock, settings.targetRefresh(),
                                                    settings.unknownCodeTtl()).load();

        VisitorSalts salts = new VisitorSalts(client, clock);
        ClickBuffer buffer = new ClickBuffer(settings.bufferSize());
        JdbcClickSink sink = new JdbcClickSink(client, database.plainQueries(), bots, salts,
                                               settings.uniqueCacheSize());
        Optional<ClickJournal> journal = settings.journal()
                .map(journalSettings -> ClickJournal.open(journalSettings, sink::journalMark));
        ClickWriter writer = new ClickWriter(buffer, journal, sink, settings.writer(), salts::rotate);

        LinkService links = new LinkService(client, linkRepository, targets, redirects, bodies, publicUrl.text(),
                                            limits.links(), clock);
        RedirectService redirect = new RedirectService(redirects, new ClickRecorder(journal, buffer),
                                                       new ClickIds(clock), clientAddress, limits.unknownCodes(),
                                                       clock);
        ShareService shares = new ShareService(client, linkRepository, targets, bodies, settings.storeShareText(),
                                               clock);
        SiteRepository siteRepository = new SiteRepository();
        SiteService sites = new SiteService(client, siteRepository, bodies, clock);
        ConversionService conversions = new ConversionService(client, new ConversionRepository(), siteRepository,
                                                              writer, bodies, settings.window(), settings.caps(),
                                                              limits.conversions(), clock);
        SnippetService snippet = new SnippetService(publicUrl.text(), settings.window());
        return new Attribution(redirects, buffer, journal, writer, sink, links, redirect, shares, sites,
                               conversions, snippet, LateClicks.start(client, settings.window(), clock));
    }

    /** {@code /api/v1/links} */
    /**
     * The redirect first: routing tries routes in the order they are registered, and /r takes almost all of the
     * traffic, so it should not be compared with every API route before it is found ({@code Herald} registers this
     * area first).
     */
    @Override
    public void routes(Routes routes) {
        routes.register(RedirectService.PATH, redirect)
                .register("/api/v1/links", links)
                .register("/api/v1/shares", shares)
                .register("/api/v1/sites", sites)
                .register("/api/v1/conversions", conversions)
                .register("/snippet", snippet);
    }

    public LinkService links() {
        return links;
    }

    /** {@code /r} */
    public RedirectService redirect() {
        return redirect;
    }

    /** {@code /api/v1/shares} */
    public ShareService shares() {
        return shares;
    }

    /** {@code /api/v1/sites} */
    public SiteService sites() {
        return sites;
    }

    /** {@code /api/v1/conversions} */
    public ConversionService conversions() {
        return conversions;
    }

    /** {@code /snippet} */
    public SnippetService snippet() {
        return snippet;
    }

    public ClickBuffer clickBuffer() {
        return clickBuffer;
    }

    public Optional<ClickJournal> clickJournal() {
        return clickJournal;
    }

    /** The sweep that attributes conversions whose click was stored after them (tests run it with sweep()). */
    public LateClicks lateClicks() {
        return lateClicks;
    }

    public ClickWriter clickWriter() {
        return clickWriter;
    }

    /**
     * Follows what other instances on the database change (and tells them what this one changes): content
     * destinations, new link codes, and link owners after an erasure reach this instance's redirect table and click
     * writer within about the feed's poll interval. Without it (one instance) everything stays local.
     */
    public void follow(ChangeFeed changes) {
        changes.on(ChangeFeed.CONTENT, id -> id.ifPresent(redirects::contentChanged));
        changes.on(ChangeFeed.LINK, code -> code.ifPresent(redirects::linkCreated));
        changes.on(ChangeFeed.OWNERS, none -> {
            // Before this returns (and the feed says so in this instance's row), every click held is stored and the
            // next batches re-read their links: the erasing instance waits for that, then clears what was stored.
            clickSink.forgetLinks();
            if (!clickWriter.flush(OWNERS_FLUSH)) {
                LOG.log(Level.WARNING, "The click writer did not store what it held within " + OWNERS_FLUSH
                                       + " after another instance's erasure");
            }
        });
        clickSink.trustCachedLinksWhile(changes::fresh);
        redirects.onLinkCreated(code -> publish(changes, ChangeFeed.LINK, Optional.of(code)));
        this.feed = Optional.of(changes);
    }

    /** For the content area: call when an item's URL, slug or status changes so its links follow, on every instance. */
    public void contentChanged(String contentId) {
        redirects.contentChanged(contentId);
        feed.ifPresent(changes -> publish(changes, ChangeFeed.CONTENT, Optional.of(contentId)));
    }

    /**
     * For erasure, after links lost their owner in the database: clicks written from now on re-read their link, on
     * this instance and every other one, and this returns once the clicks accepted before the call are stored
     * everywhere (those may still carry the old owner, so the caller clears them once more afterwards). Returns whether
     * every live instance got there within {@code timeout} (each: its writer caught up, see {@link #follow}).
     */
    public boolean linkOwnersChanged(Duration timeout) {
        clickSink.forgetLinks();
        boolean flushed = clickWriter.flush(timeout);
        if (feed.isEmpty()) {
            return flushed;
        }
        try {
            long change = feed.get().publish(ChangeFeed.OWNERS, Optional.empty());
            return feed.get().awaitHandled(change, timeout) && flushed;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot tell the other instances that link owners changed: " + e);
            return false;
        }
    }

    private static void publish(ChangeFeed changes, String kind, Optional<String> subject) {
        try {
            changes.publish(kind, subject);
        } catch (RuntimeException e) {
            // The change itself is stored; other instances see it at their next refresh (target-refresh, the
            // unknown-code TTL) instead of within seconds.
            LOG.log(Level.WARNING, "Cannot tell the other instances about a change (" + kind + "): " + e);
        }
    }

    @Override
    public void close() {
        lateClicks.close();
        clickWriter.close();
        clickJournal.ifPresent(ClickJournal::close);
        redirects.close();
    }
}
