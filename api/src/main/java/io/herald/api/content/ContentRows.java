package io.herald.api.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.herald.api.db.Rows;
import io.herald.api.web.Choice;
import io.herald.api.web.Page;
import io.herald.common.platform.Platform;
import io.helidon.dbclient.DbRow;

/**
 * The one place where items meet rows: reading the content_summaries-plus-captions rows of
 * {@code statements/content.yaml} (one row per caption, or one row with null caption columns) and writing an item's
 * columns as named parameters.
 */
final class ContentRows {
    /** Separator of the folded label lists of the content_summaries view (CHR(31)). */
    private static final String LIST_SEPARATOR = "\u001f";

    private ContentRows() {
    }

    /** Items in row order, and the {@code total_count} column of paged queries (0 when there are no rows). */
    static Page.Slice<ContentItem> read(Stream<DbRow> rows, boolean paged) {
        Map<String, List<Caption>> captions = new LinkedHashMap<>();
        Map<String, DbRow> firstRows = new HashMap<>();
        long[] total = {0};
        rows.forEach(row -> {
            String id = Rows.string(row, "id");
            if (firstRows.putIfAbsent(id, row) == null) {
                captions.put(id, new ArrayList<>());
                if (paged) {
                    total[0] = Rows.number(row, "total_count");
                }
            }
            Rows.optionalString(row, "caption_text").ifPresent(text -> captions.get(id).add(new Caption(
                    text,
                    Choice.stored(CaptionPlatform.class, Rows.string(row, "caption_platform")),
                    Rows.string(row, "caption_language"))));
        });
        List<ContentItem> items = new ArrayList<>(captions.size());
        captions.forEach((id, itemCaptions) -> items.add(item(firstRows.get(id), itemCaptions)));
        return new Page.Slice<>(items, total[0]);
    }

    private static ContentItem item(DbRow row, List<Caption> captions) {
        return new ContentItem(
                Rows.string(row, "id"),
                Rows.string(row, "slug"),
                Rows.string(row, "title"),
                Rows.string(row, "canonical_url"),
                Rows.optionalString(row, "summary"),
                Rows.optionalString(row, "image_url"),
                captions,
                list(row, "hashtags"),
                list(row, "topics"),
                list(row, "team_ids"),
                list(row, "platforms").stream().map(id -> Choice.stored(Platform.class, id)).toList(),
                Choice.stored(ContentKind.class, Rows.string(row, "kind")),
                Choice.stored(ContentStatus.class, Rows.string(row, "status")),
                Rows.optionalInstant(row, "publish_at"),
                Rows.optionalInstant(row, "expires_at"),
                Rows.flag(row, "featured"),
                Rows.string(row, "created_by"),
                Rows.instant(row, "created_at"),
                Rows.string(row, "updated_by"),
                Rows.instant(row, "updated_at"),
                Rows.number(row, "row_version"));
    }

    /** The columns of content_items, named as in {@code content-insert} and {@code content-update}. */
    static Map<String, Object> params(ContentItem item) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", item.id());
        params.put("slug", item.slug());
        params.put("title", item.title());
        params.put("canonicalUrl", item.canonicalUrl());
        params.put("summary", item.summary().orElse(null));
        params.put("imageUrl", item.imageUrl().orElse(null));
        params.put("kind", item.kind().id());
        params.put("status", item.status().id());
        params.put("publishAt", Rows.millis(item.publishAt()));
        params.put("expiresAt", Rows.millis(item.expiresAt()));
        params.put("featured", Rows.flag(item.featured()));
        params.put("createdBy", item.createdBy());
        params.put("createdAt", item.createdAt().toEpochMilli());
        params.put("updatedBy", item.updatedBy());
        params.put("updatedAt", item.updatedAt().toEpochMilli());
        return params;
    }

    private static List<String> list(DbRow row, String column) {
        return Rows.optionalString(row, column).map(value -> List.of(value.split(LIST_SEPARATOR))).orElse(List.of());
    }

    static Optional<ContentItem> first(Stream<DbRow> rows) {
        return read(rows, false).items().stream().findFirst();
    }
}
