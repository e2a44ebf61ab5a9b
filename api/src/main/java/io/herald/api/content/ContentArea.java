package io.herald.api.content;

import java.time.Clock;

import io.herald.api.content.preview.HostResolver;
import io.herald.api.content.preview.PageFetcher;
import io.herald.api.content.preview.PagePreviews;
import io.herald.api.content.preview.PreviewService;
import io.herald.api.content.preview.PreviewSettings;
import io.herald.api.web.Area;
import io.herald.api.web.JsonBodies;
import io.herald.api.web.Routes;
import io.helidon.config.Config;
import io.helidon.dbclient.DbClient;

/** The content library: {@code /api/v1/content} (with page previews) for admins, {@code /api/v1/feed} for everyone. */
public final class ContentArea implements Area {
    private final ContentLibrary library;
    private final PreviewService previews;
    private final ContentService contentService;
    private final FeedService feedService;

    /**
     * {@code herald.content}.
     *
     * @param allowLocalUrls whether URLs may name local or private hosts ({@code allow-local-urls}): tests only
     */
    public record Settings(boolean allowLocalUrls, PreviewSettings previews) {
        public static Settings from(Config config) {
            return new Settings(config.get("herald.content.allow-local-urls").asBoolean().orElse(false),
                                PreviewSettings.from(config));
        }
    }

    private ContentArea(Settings settings, DbClient client, JsonBodies bodies, Clock clock) {
        library = ContentLibrary.create(client, clock, settings.allowLocalUrls());
        previews = new PreviewService(new PagePreviews(new PageFetcher(settings.previews(), HostResolver.SYSTEM),
                                                       settings.allowLocalUrls()), bodies);
        contentService = new ContentService(library, bodies);
        feedService = new FeedService(library);
    }

    public static ContentArea create(Settings settings, DbClient client, JsonBodies bodies, Clock clock) {
        return new ContentArea(settings, client, bodies, clock);
    }

    @Override
    public void routes(Routes routes) {
        routes.register("/api/v1/content/preview", previews)
                .register("/api/v1/content", contentService)
                .register("/api/v1/feed", feedService);
    }

    /** The library; other areas read it as a {@link ContentLookup}. */
    public ContentLibrary library() {
        return library;
    }
}
