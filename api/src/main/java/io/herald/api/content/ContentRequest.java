package io.herald.api.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import io.herald.api.web.ApiException;
import io.herald.api.web.Fields;
import io.herald.api.web.TextRules;
import io.herald.api.web.WebUrls;
import io.herald.common.platform.Platform;

/**
 * The body of a create or update: everything an admin edits. The compact constructor validates and normalises each
 * field, each failure a 400 naming it ({@code captions[1].language}); rules that need the stored item or the clock
 * (known teams, {@code expiresAt} after the effective {@code publishAt}) are the service's.
 * Absent lists are empty, absent {@code platforms} means every platform, {@code kind} defaults to {@code value} and
 * {@code status} to {@code draft}.
 */
public record ContentRequest(String title,
                             String canonicalUrl,
                             Optional<String> summary,
                             Optional<String> imageUrl,
                             List<Caption> captions,
                             List<String> hashtags,
                             List<String> topics,
                             List<String> targetTeams,
                             List<Platform> platforms,
                             ContentKind kind,
                             ContentStatus status,
                             Optional<Instant> publishAt,
                             Optional<Instant> expiresAt,
                             Boolean featured) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_CAPTIONS = 20;
    /* The list bounds keep each folded list of content_summaries under Oracle's 4000-byte LISTAGG limit. */
    public static final int MAX_HASHTAGS = 20;
    public static final int MAX_HASHTAG = 60;
    public static final int MAX_TOPICS = 20;
    public static final int MAX_TOPIC = 50;
    public static final int MAX_TEAMS = 100;
    public static final int MAX_TEAM_ID = 36;
    /** Generous: repeats are dropped, but a list of thousands is not a list of platforms. */
    public static final int MAX_PLATFORMS = 10;

    public ContentRequest {
        title = TextRules.singleLine("title", Fields.text("title", title, MAX_TITLE));
        canonicalUrl = WebUrls.check("canonicalUrl", canonicalUrl);
        summary = Optional.ofNullable(TextRules.multiLine(
                "summary", Fields.optionalText("summary", present(summary).orElse(null), MAX_SUMMARY)));
        imageUrl = WebUrls.optional("imageUrl", present(imageUrl).orElse(null));
        captions = each("captions", captions, MAX_CAPTIONS, (field, caption) -> caption.validated(field));
        hashtags = distinct(each("hashtags", hashtags, MAX_HASHTAGS, ContentRequest::hashtag));
        topics = distinct(each("topics", topics, MAX_TOPICS, (field, topic) -> TextRules.singleLine(
                field, Fields.text(field, topic, MAX_TOPIC))));
        targetTeams = distinct(each("targetTeams", targetTeams, MAX_TEAMS,
                                    (field, team) -> Fields.text(field, team, MAX_TEAM_ID)));
        List<Platform> listedPlatforms = Fields.list("platforms", platforms, MAX_PLATFORMS);
        platforms = listedPlatforms.isEmpty()
                ? List.of(Platform.values())
                : List.copyOf(new LinkedHashSet<>(listedPlatforms));
        kind = kind == null ? ContentKind.VALUE : kind;
        status = status == null ? ContentStatus.DRAFT : status;
        publishAt = present(publishAt);
        expiresAt = present(expiresAt);
        featured = featured != null && featured;
    }

    /** Jackson leaves an absent optional property null rather than empty. */
    private static <T> Optional<T> present(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static <T> List<T> each(String field, List<T> values, int maxSize, BiFunction<String, T, T> check) {
        List<T> checked = new ArrayList<>();
        List<T> listed = Fields.list(field, values, maxSize);
        for (int i = 0; i < listed.size(); i++) {
            checked.add(check.apply(field + "[" + i + "]", listed.get(i)));
        }
        return checked;
    }

    /** Keeps the first of entries that differ only in case. */
    private static List<String> distinct(List<String> values) {
        Set<String> seen = new java.util.HashSet<>();
        return values.stream().filter(value -> seen.add(value.toLowerCase(Locale.ROOT))).toList();
    }

    /** A hashtag without its '#': letters, digits and underscores, as LinkedIn and X link them. */
    private static String hashtag(String field, String value) {
        String tag = Fields.text(field, value, MAX_HASHTAG + 1);
        tag = tag.startsWith("#") ? tag.substring(1) : tag;
        Fields.maxLength(field, tag, MAX_HASHTAG);
        if (tag.isEmpty() || !tag.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw ApiException.invalidField(field, "must be a hashtag of letters, digits and underscores, such as "
                                                   + "#Hiring.");
        }
        return tag;
    }
}
