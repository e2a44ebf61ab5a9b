package io.herald.common.lint;

import io.herald.common.lint.match.ContentUrls;
import io.herald.common.lint.match.PhraseCandidates;
import io.herald.common.lint.match.PhraseWords;
import io.herald.common.lint.regex.LiteralIndex;
import io.herald.common.platform.Platform;
import io.herald.common.platform.PlatformText;
import io.herald.common.platform.PostLength;
import io.herald.common.platform.UrlSpan;
import io.herald.common.platform.Urls;
import io.herald.common.similarity.OwnWords;
import io.herald.common.text.Scratch;
import io.herald.common.text.WordList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A draft being checked: the request, plus what several rules and the lint result need from its text (tokens, URLs,
 * weighted length, own-words share), each worked out once on first use and shared by all rules of one lint and by
 * {@link LintResultJson}. Analysing the draft again per rule was most of a lint's time in the browser. A {@code Draft}
 * belongs to one request, so nothing kept here can outlive the text it was computed from.
 */
public final class Draft {

    private final LintRequest request;
    private final String language;
    private final Scratch scratch;
    private PlatformText platformText;
    private List<UrlSpan> urls;
    private WordList words;
    private PostLength length;
    private Double ownWords;
    private ContentUrls content;
    private LiteralIndex literals;
    private LiteralIndex foldedLiterals;
    private PhraseWords phraseWords;
    private PhraseCandidates phraseCandidates;
    private Map<Function<Draft, ?>, Object> shared;

    public Draft(LintRequest request) {
        this(request, Scratch.NONE);
    }

    /**
     * A draft whose work arrays come from {@code scratch}: with a recycling one, this draft takes over the arrays of
     * the previous draft given the same scratch, which must not be used any more (see {@link Scratch}).
     */
    public Draft(LintRequest request, Scratch scratch) {
        this.request = request;
        this.language = Languages.resolve(request.language());
        this.scratch = scratch;
    }

    /** Where this draft's work arrays come from. */
    public Scratch scratch() {
        return scratch;
    }

    public LintRequest request() {
        return request;
    }

    public String text() {
        return request.text();
    }

    public Platform platform() {
        return request.platform();
    }

    /** The message language, already resolved to a supported one. */
    public String language() {
        return language;
    }

    /** The text indexed for the literals of pattern rules: as written, or folded for case-insensitive patterns. */
    public LiteralIndex literalIndex(boolean folded) {
        if (folded) {
            if (foldedLiterals == null) {
                foldedLiterals = LiteralIndex.folded(text(), scratch);
            }
            return foldedLiterals;
        }
        if (literals == null) {
            literals = LiteralIndex.of(text(), scratch);
        }
        return literals;
    }

    /** Where the phrases of {@code words}' matchers may start among {@link #words()}, worked out in one walk. */
    public PhraseCandidates phraseCandidates(PhraseWords words) {
        if (phraseWords != words) {
            phraseCandidates = words.candidates(this);
            phraseWords = words;
        }
        return phraseCandidates;
    }

    /**
     * What {@code analysis} (a constant of a rule type, such as its per-word reading of the draft) gives for this
     * draft, worked out on the first call: the rules of one type that read the draft alike share the work.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(Function<Draft, T> analysis) {
        if (shared == null) {
            shared = new HashMap<>();
        }
        Object result = shared.get(analysis);
        if (result == null) {
            result = analysis.apply(this);
            shared.put(analysis, result);
        }
        return (T) result;
    }

    /** The draft's NFC form and link scan, one for both {@link #urls()} and {@link #length()}. */
    private PlatformText platformText() {
        if (platformText == null) {
            platformText = PlatformText.of(text());
        }
        return platformText;
    }

    /** The URLs in the draft, as the platform's link recognition finds them. */
    public List<UrlSpan> urls() {
        if (urls == null) {
            urls = Urls.extract(platformText());
        }
        return urls;
    }

    /**
     * The draft's words, leaving out those that start inside URLs: a path such as {@code /nokia-5g-launch} is not
     * prose, and word rules (names, repetitions, shouting) are about what the employee wrote.
     */
    public WordList words() {
        if (words == null) {
            words = WordList.of(text(), Urls.spans(urls()), scratch);
        }
        return words;
    }

    /**
     * The share of the draft in the author's own words against the shared item's captions ({@link OwnWords}), or
     * empty when the request has no captions.
     */
    public OptionalDouble ownWords() {
        List<String> captions = request.captions();
        if (captions.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (ownWords == null) {
            ownWords = OwnWords.share(words(), urls(), captions);
        }
        return OptionalDouble.of(ownWords);
    }

    public PostLength length() {
        if (length == null) {
            length = PostLength.of(platformText(), platform());
        }
        return length;
    }

    /** How the draft's URLs relate to the company's content. */
    public ContentUrls content() {
        if (content == null) {
            content = new ContentUrls(request);
        }
        return content;
    }

    /** Whether the draft shares company content: it links an approved item or carries a tracked link. */
    public boolean sharesCompanyContent() {
        for (UrlSpan url : urls()) {
            if (content().isApproved(url.url()) || content().isTracked(url.url())) {
                return true;
            }
        }
        return false;
    }

    /** Whether offset {@code index} falls inside one of the draft's URLs. */
    public boolean insideUrl(int index) {
        List<UrlSpan> links = urls();
        for (int i = 0; i < links.size(); i++) {
            UrlSpan url = links.get(i);
            if (index >= url.start() && index < url.end()) {
                return true;
            }
        }
        return false;
    }
}
