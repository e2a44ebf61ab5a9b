package io.herald.common.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * twitter-text's URL regular expression ({@code Regex.VALID_URL} with {@code Extractor.extractURLsWithIndices}),
 * written out as a scanner. The regular expression relies on atomic groups, possessive quantifiers, lookbehind and
 * 1,500 alternatives of top-level domains; a hand-written scanner gives the same matches in one pass without any of
 * them, so it runs the same under TeaVM and never backtracks badly on a long draft.
 *
 * <p>The structure follows the expression: a character that may precede a link, an optional scheme, the domain (labels,
 * then a known top-level domain), an optional port, path and query. Comments name the part of the expression each
 * method stands for.
 */
final class UrlScanner {

    /** {@code Extractor.MAX_URL_LENGTH}: longer links are not links to X. */
    private static final int MAX_URL_LENGTH = 4096;
    /** {@code Extractor.MAX_TCO_SLUG_LENGTH}. */
    private static final int MAX_TCO_SLUG_LENGTH = 40;
    private static final int HTTPS_LENGTH = "https://".length();
    /** twitter-text's PUNCTUATION_CHARS. */
    private static final String ASCII_PUNCTUATION = "-_!\"#$%&'()*+,./:;<=>?@[]^`{|}~";

    private static final Set<String> GENERIC_TLDS = words(Tlds.GENERIC);
    private static final Set<String> COUNTRY_TLDS = words(Tlds.COUNTRY);
    /** Generic before country, the order in which the expression tries them. */
    private static final List<Set<String>> TLDS_IN_ORDER = List.of(GENERIC_TLDS, COUNTRY_TLDS);
    private static final int LONGEST_TLD = longest(GENERIC_TLDS, COUNTRY_TLDS);

    private UrlScanner() {
    }

    static List<UrlSpan> scan(String text) {
        List<UrlSpan> urls = new ArrayList<>();
        if (text.indexOf('.') < 0) {
            return urls;
        }
        DomainMemo memo = new DomainMemo(text);
        int from = 0;
        while (from < text.length()) {
            Match match = find(text, from, memo);
            if (match == null) {
                break;
            }
            from = match.end;
            accept(text, match, urls);
        }
        return urls;
    }

    /** What the regular expression's groups hold for one match. */
    private static final class Match {
        int precedingStart;
        int urlStart;
        boolean hasProtocol;
        int domainStart;
        int domainEnd;
        int end;
    }

    /** The filters {@code extractURLsWithIndices} applies to each match. */
    private static void accept(String text, Match match, List<UrlSpan> urls) {
        if (!match.hasProtocol && match.precedingStart < match.urlStart) {
            // INVALID_URL_WITHOUT_PROTOCOL_MATCH_BEGIN: "foo_bar.com" must not yield "bar.com".
            char preceding = text.charAt(match.urlStart - 1);
            if (preceding == '-' || preceding == '_' || preceding == '.' || preceding == '/') {
                return;
            }
        }
        int end = match.end;
        int tcoEnd = tcoEnd(text, match.urlStart, end);
        if (tcoEnd == -2) {
            return;
        }
        if (tcoEnd >= 0) {
            end = tcoEnd;
        }
        int asciiHostLength = Idn.asciiLength(text.substring(match.domainStart, match.domainEnd));
        if (asciiHostLength <= 0) {
            return;
        }
        int length = end - match.urlStart + asciiHostLength - (match.domainEnd - match.domainStart)
                + (match.hasProtocol ? 0 : HTTPS_LENGTH);
        if (length <= MAX_URL_LENGTH) {
            urls.add(new UrlSpan(match.urlStart, end, text.substring(match.urlStart, end)));
        }
    }

    /**
     * {@code VALID_TCO_URL}: a t.co link ends with its slug (and query), so "t.co/abc's" is "t.co/abc". Returns the new
     * end, -1 when the link is no t.co link, -2 when its slug is too long for one.
     */
    private static int tcoEnd(String text, int start, int end) {
        int slugStart;
        if (startsWithIgnoreCase(text, start, end, "http://t.co/")) {
            slugStart = start + "http://t.co/".length();
        } else if (startsWithIgnoreCase(text, start, end, "https://t.co/")) {
            slugStart = start + "https://t.co/".length();
        } else {
            return -1;
        }
        int slugEnd = slugStart;
        while (slugEnd < end && isAsciiAlphanumeric(text.charAt(slugEnd))) {
            slugEnd++;
        }
        if (slugEnd == slugStart) {
            return -1;
        }
        if (slugEnd - slugStart > MAX_TCO_SLUG_LENGTH) {
            return -2;
        }
        return slugEnd < end && text.charAt(slugEnd) == '?' ? Math.max(slugEnd, queryEnd(text, slugEnd, end)) : slugEnd;
    }

    /**
     * Matcher.find from {@code from}: the leftmost position where the whole expression matches. Every link has a
     * dot in its domain and no ASCII whitespace between its start and that dot (neither a scheme nor a domain label
     * holds any), so only the offsets before such a dot are tried: prose would otherwise be tried word by word.
     */
    private static Match find(String text, int from, DomainMemo memo) {
        LinkStarts starts = new LinkStarts(text, from);
        for (int start = from; start < text.length(); start++) {
            // URL_VALID_PRECEDING_CHARS: one character that is not a letter, digit, @, $ or #, or the start of text.
            int preceding = text.codePointAt(start);
            int urlStart = start + Character.charCount(preceding);
            boolean possible = starts.possibleAt(urlStart);
            if (possible && isValidPreceding(preceding)) {
                Match match = matchUrl(text, start, urlStart, memo);
                if (match != null) {
                    return match;
                }
            }
            if (start == 0 && LinkStarts.possibleAtStart(text)) {
                Match match = matchUrl(text, 0, 0, memo);
                if (match != null) {
                    return match;
                }
            }
            if (starts.noDotAfter()) {
                return null;
            }
            if (!possible) {
                // Whitespace comes before the next dot: no link starts before the run of text that holds the dot,
                // and the whitespace before that run is the next preceding character worth trying.
                start = starts.runStart() - 2;
            }
        }
        return null;
    }

    /**
     * Where a link can start: in the run of text without ASCII whitespace that leads up to a dot. Asked at offsets
     * that never decrease, so each dot is found once, and the whitespace before it is looked for back to the dot
     * before it only.
     */
    private static final class LinkStarts {
        private final String text;
        /** No offset before this is asked. */
        private final int from;
        /** The first dot at or after the last offset asked; -1 when there is none, -2 before the first question. */
        private int dot = -2;
        /** Where the run of text without ASCII whitespace that ends at {@link #dot} starts (not before from). */
        private int runStart;

        LinkStarts(String text, int from) {
            this.text = text;
            this.from = from;
        }

        boolean possibleAt(int offset) {
            if (dot == -2 || dot >= 0 && dot < offset) {
                int previous = dot;
                dot = text.indexOf('.', offset);
                if (dot >= 0) {
                    int space = lastAsciiSpace(text, dot - 1, previous >= 0 ? previous : from);
                    if (space >= 0) {
                        runStart = space + 1;
                    } else if (previous < 0) {
                        runStart = from;
                    }
                    // Otherwise no whitespace since the previous dot: its run goes on to this one.
                }
            }
            return dot >= 0 && offset >= runStart;
        }

        /** Where the run of text leading up to the next dot starts; after a question that gave false. */
        int runStart() {
            return runStart;
        }

        /** Whether no dot is left after the offsets asked so far, so no link can start any later. */
        boolean noDotAfter() {
            return dot == -1;
        }

        static boolean possibleAtStart(String text) {
            int dot = text.indexOf('.');
            return dot >= 0 && dot < nextAsciiSpace(text, 0);
        }

        /** The last ASCII whitespace from {@code last} down to {@code first}, or -1. */
        private static int lastAsciiSpace(String text, int last, int first) {
            for (int i = last; i >= first; i--) {
                if (isAsciiSpace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The next space, tab, line feed, vertical tab, form feed or carriage return from {@code from}, or the end. */
    private static int nextAsciiSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isAsciiSpace(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /** Space, tab, line feed, vertical tab, form feed or carriage return. */
    private static boolean isAsciiSpace(char unit) {
        return unit == ' ' || unit >= '\t' && unit <= '\r';
    }

    private static boolean isValidPreceding(int codePoint) {
        return !(isAsciiAlphanumeric(codePoint) || codePoint == '@' || codePoint == '\uFF20' || codePoint == '$'
                || codePoint == '#' || codePoint == '\uFF03' || codePoint == '\uFFFE' || codePoint == '\uFEFF'
                || codePoint == '\uFFFF');
    }

    /** Group 3: {@code (https?://)?} domain, port, path and query. */
    private static Match matchUrl(String text, int precedingStart, int urlStart, DomainMemo memo) {
        int protocolEnd = protocolEnd(text, urlStart);
        if (protocolEnd > 0) {
            int domainEnd = domainEnd(text, protocolEnd, memo);
            if (domainEnd > 0) {
                return rest(text, precedingStart, urlStart, true, protocolEnd, domainEnd);
            }
        }
        int domainEnd = domainEnd(text, urlStart, memo);
        if (domainEnd > 0) {
            return rest(text, precedingStart, urlStart, false, urlStart, domainEnd);
        }
        return null;
    }

    private static Match rest(String text, int precedingStart, int urlStart, boolean hasProtocol, int domainStart,
            int domainEnd) {
        Match match = new Match();
        match.precedingStart = precedingStart;
        match.urlStart = urlStart;
        match.hasProtocol = hasProtocol;
        match.domainStart = domainStart;
        match.domainEnd = domainEnd;
        int end = domainEnd;
        // Port: (?::([0-9]++))?
        if (end + 1 < text.length() && text.charAt(end) == ':' && isAsciiDigit(text.charAt(end + 1))) {
            end += 2;
            while (end < text.length() && isAsciiDigit(text.charAt(end))) {
                end++;
            }
        }
        // Path: (/URL_VALID_PATH*+)?
        if (end < text.length() && text.charAt(end) == '/') {
            end = pathEnd(text, end + 1);
        }
        // Query: (\?URL_VALID_URL_QUERY_CHARS*URL_VALID_URL_QUERY_ENDING_CHARS)?
        if (end < text.length() && text.charAt(end) == '?') {
            end = Math.max(end, queryEnd(text, end, text.length()));
        }
        match.end = end;
        return match;
    }

    private static int protocolEnd(String text, int start) {
        if (startsWithIgnoreCase(text, start, text.length(), "http://")) {
            return start + "http://".length();
        }
        if (startsWithIgnoreCase(text, start, text.length(), "https://")) {
            return start + "https://".length();
        }
        return -1;
    }

    /** URL_VALID_DOMAIN, returning the end of the domain or -1. */
    private static int domainEnd(String text, int start, DomainMemo memo) {
        // First alternative: URL_VALID_SUBDOMAIN* URL_VALID_DOMAIN_NAME (gTLD | ccTLD | punycode). The expression takes
        // subdomains greedily and gives them back one at a time, so the domain name is the furthest label along the
        // chain of subdomains that is followed by a top-level domain.
        int domainName = memo.furthestDomainName(start);
        if (domainName >= 0) {
            return memo.domainNameEnd(domainName);
        }
        // Second alternative, after a scheme only: one label of any letters (an internationalised domain) and a TLD.
        if (followsScheme(text, start)) {
            int tldStart = labelEnd(text, start, LabelKind.UNICODE);
            if (tldStart >= 0) {
                return tldEnd(text, tldStart, false);
            }
        }
        // The remaining alternatives (domain and ccTLD, after a scheme or before a slash) are covered by the first.
        return -1;
    }

    /**
     * What the first domain alternative finds at each offset, remembered for the whole scan. The expression is tried
     * at every offset of the text, and each try walks the chain of labels that follows; without the memory, a draft
     * made of many short dotted labels ("a.a.a.a...") would cost time growing with the square of its length.
     *
     * <p>A chain of labels never crosses ASCII whitespace, and the scan asks about offsets that never decrease, so
     * the memory covers one run of text without whitespace at a time (from the first offset asked in it to its end):
     * arrays the size of a word or a link, not of the draft. (In the browser, typed arrays of more than 16 numbers
     * are allocated outside the JavaScript heap, at many times the cost.)
     */
    private static final class DomainMemo {
        /*
         * Each slot holds a result plus KNOWN, so that a fresh array (all zeros, which a JavaScript typed array is
         * without being filled) means "not worked out yet"; results are never below -1. Three slots per offset:
         * next subdomain, domain name end, furthest domain name.
         */
        private static final int KNOWN = 2;
        /**
         * Runs up to this long are not remembered: walking their few labels again costs less than the array (which
         * in the browser is allocated outside the JavaScript heap), and only long runs of labels make the walks add
         * up to the square of their length.
         */
        private static final int SHORT_RUN = 48;
        private static final int NOT_REMEMBERED = -1;
        private final String text;
        /** The first offset of the run remembered, and the results for offsets base to base + size - 1. */
        private int base;
        private int size;
        private int[] results = new int[0];
        private int[] chain = new int[16];

        DomainMemo(String text) {
            this.text = text;
        }

        /**
         * The slot of {@code kind} (0, 1 or 2) for {@code position}: in the run remembered, in it once it is extended
         * back to an earlier offset of the same run (a link with a scheme is also tried from the scheme), or in a new
         * run; {@link #NOT_REMEMBERED} in a short run.
         */
        private int slot(int position, int kind) {
            if (position < base || position >= base + size) {
                int end = position;
                while (end < text.length() && !isAsciiSpace(text.charAt(end))) {
                    end++;
                }
                int[] kept = results;
                int keptBase = base;
                boolean sameRun = end == base + size - 1 && position < base && kept != null;
                base = position;
                size = end - position + 1;
                results = size <= SHORT_RUN ? null : new int[3 * size];
                if (sameRun && results != null) {
                    System.arraycopy(kept, 0, results, 3 * (keptBase - base), kept.length);
                }
            }
            return results == null ? NOT_REMEMBERED : 3 * (position - base) + kind;
        }

        /** After the subdomain label at {@code position}, or -1. */
        int nextSubdomain(int position) {
            int slot = slot(position, 0);
            if (slot == NOT_REMEMBERED) {
                return labelEnd(text, position, LabelKind.SUBDOMAIN);
            }
            if (results[slot] == 0) {
                results[slot] = labelEnd(text, position, LabelKind.SUBDOMAIN) + KNOWN;
            }
            return results[slot] - KNOWN;
        }

        /** The end of a domain name label at {@code position} and the TLD after it, or -1. */
        int domainNameEnd(int position) {
            int slot = slot(position, 1);
            if (slot == NOT_REMEMBERED) {
                return domainNameEndOf(position);
            }
            if (results[slot] == 0) {
                results[slot] = domainNameEndOf(position) + KNOWN;
            }
            return results[slot] - KNOWN;
        }

        private int domainNameEndOf(int position) {
            int tldStart = labelEnd(text, position, LabelKind.DOMAIN);
            return tldStart < 0 ? -1 : tldEnd(text, tldStart, true);
        }

        /**
         * The furthest offset along the subdomain chain from {@code start} where a domain name and TLD match, or -1.
         */
        int furthestDomainName(int start) {
            int length = 0;
            int position = start;
            while (position >= 0 && known(position) == 0) {
                if (length == chain.length) {
                    chain = Arrays.copyOf(chain, length * 2);
                }
                chain[length++] = position;
                position = nextSubdomain(position);
            }
            int found = position >= 0 ? known(position) - KNOWN : -1;
            for (int i = length - 1; i >= 0; i--) {
                if (found < 0 && domainNameEnd(chain[i]) >= 0) {
                    found = chain[i];
                }
                remember(chain[i], found);
            }
            return found;
        }

        /** The remembered furthest domain name at {@code position} plus KNOWN, or 0 when not known. */
        private int known(int position) {
            int slot = slot(position, 2);
            return slot == NOT_REMEMBERED ? 0 : results[slot];
        }

        private void remember(int position, int found) {
            int slot = slot(position, 2);
            if (slot != NOT_REMEMBERED) {
                results[slot] = found + KNOWN;
            }
        }
    }

    private enum LabelKind { SUBDOMAIN, DOMAIN, UNICODE }

    /**
     * A label and its dot: URL_VALID_SUBDOMAIN ({@code [chars_-]}), URL_VALID_DOMAIN_NAME ({@code [chars-]}) or
     * URL_VALID_UNICODE_DOMAIN_NAME. The label must begin and end with a letter or digit, and since the dot cannot be
     * inside the label, the label runs exactly to the next dot. Returns the offset after the dot, or -1.
     */
    private static int labelEnd(String text, int start, LabelKind kind) {
        int position = start;
        int lastCodePoint = -1;
        int firstCodePoint = -1;
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            boolean allowed = kind == LabelKind.UNICODE
                    ? isUnicodeDomainChar(codePoint) || codePoint == '-'
                    : isDomainChar(codePoint) || codePoint == '-' || kind == LabelKind.SUBDOMAIN && codePoint == '_';
            if (!allowed) {
                break;
            }
            if (firstCodePoint < 0) {
                firstCodePoint = codePoint;
            }
            lastCodePoint = codePoint;
            position += Character.charCount(codePoint);
        }
        if (position == start || position >= text.length() || text.charAt(position) != '.') {
            return -1;
        }
        boolean endsWell = kind == LabelKind.UNICODE
                ? isUnicodeDomainChar(firstCodePoint) && isUnicodeDomainChar(lastCodePoint)
                : isDomainChar(firstCodePoint) && isDomainChar(lastCodePoint);
        return endsWell ? position + 1 : -1;
    }

    /** (?<=https?://) */
    private static boolean followsScheme(String text, int position) {
        return position >= 7 && Ascii.regionMatchesIgnoreCase(text, position - 7, "http://")
                || position >= 8 && Ascii.regionMatchesIgnoreCase(text, position - 8, "https://");
    }

    /**
     * URL_VALID_GTLD | URL_VALID_CCTLD | URL_PUNYCODE. A TLD must not run on into a letter, digit, @, + or -; of
     * several TLDs that fit, the expression's order (generic first, longer first) decides.
     */
    private static int tldEnd(String text, int start, boolean punycodeAllowed) {
        int limit = Math.min(text.length(), start + LONGEST_TLD);
        for (int i = start; i < limit; i++) {
            char unit = text.charAt(i);
            if (unit == '.' || unit <= ' ') {
                limit = i;
                break;
            }
        }
        for (Set<String> tlds : TLDS_IN_ORDER) {
            for (int end = limit; end > start; end--) {
                if (tldMayEndAt(text, end) && tlds.contains(asciiLowerCase(text, start, end))) {
                    return end;
                }
            }
        }
        if (punycodeAllowed && Ascii.regionMatchesIgnoreCase(text, start, "xn--")) {
            int end = start + 4;
            while (end < text.length() && (isAsciiAlphanumeric(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (end > start + 4) {
                return end;
            }
        }
        return -1;
    }

    /** (?=[^a-z0-9@+-]|$) */
    private static boolean tldMayEndAt(String text, int position) {
        if (position >= text.length()) {
            return true;
        }
        char next = text.charAt(position);
        return !(isAsciiAlphanumeric(next) || next == '@' || next == '+' || next == '-');
    }

    /**
     * URL_VALID_PATH*+ after the slash: path characters and balanced parentheses, ending after the last character that
     * may end a path (so "example.com/path." leaves the full stop out).
     */
    private static int pathEnd(String text, int start) {
        int position = start;
        int end = start;
        while (position < text.length()) {
            char unit = text.charAt(position);
            if (isPathChar(unit)) {
                position++;
                if (isPathEndingChar(unit)) {
                    end = position;
                }
            } else if (unit == '(') {
                int afterParentheses = balancedParenthesesEnd(text, position);
                if (afterParentheses < 0) {
                    break;
                }
                position = afterParentheses;
                end = position;
            } else {
                break;
            }
        }
        return end;
    }

    /** URL_BALANCED_PARENS: {@code (chars)} or {@code (chars(chars)chars)}, returning the end or -1. */
    private static int balancedParenthesesEnd(String text, int open) {
        int position = skipPathChars(text, open + 1);
        if (position > open + 1 && position < text.length() && text.charAt(position) == ')') {
            return position + 1;
        }
        if (position < text.length() && text.charAt(position) == '(') {
            int inner = skipPathChars(text, position + 1);
            if (inner > position + 1 && inner < text.length() && text.charAt(inner) == ')') {
                int after = skipPathChars(text, inner + 1);
                if (after < text.length() && text.charAt(after) == ')') {
                    return after + 1;
                }
            }
        }
        return -1;
    }

    private static int skipPathChars(String text, int position) {
        while (position < text.length() && isPathChar(text.charAt(position))) {
            position++;
        }
        return position;
    }

    /** The query from its question mark to its last possible ending character, or the question mark's offset. */
    private static int queryEnd(String text, int questionMark, int limit) {
        int end = questionMark;
        for (int position = questionMark + 1; position < limit && isQueryChar(text.charAt(position)); position++) {
            if (isQueryEndingChar(text.charAt(position))) {
                end = position + 1;
            }
        }
        return end;
    }

    /** URL_VALID_CHARS: ASCII letters and digits and the Latin accents twitter-text lists. */
    private static boolean isDomainChar(int codePoint) {
        return isAsciiAlphanumeric(codePoint) || isLatinAccent(codePoint);
    }

    /**
     * URL_VALID_UNICODE_CHARS: anything but ASCII punctuation, whitespace, separators (\p{Z}) and the General
     * Punctuation block. The backslash is not in twitter-text's punctuation list, so it is allowed here too.
     */
    private static boolean isUnicodeDomainChar(int codePoint) {
        if (codePoint < 0x80) {
            return ASCII_PUNCTUATION.indexOf(codePoint) < 0 && codePoint != ' '
                    && !(codePoint >= 0x09 && codePoint <= 0x0D);
        }
        return !(codePoint == 0x00A0 || codePoint == 0x1680 || codePoint >= 0x2000 && codePoint <= 0x206F
                || codePoint == 0x3000);
    }

    /** LATIN_ACCENTS_CHARS. */
    private static boolean isLatinAccent(int codePoint) {
        return codePoint >= 0x00C0 && codePoint <= 0x00D6 || codePoint >= 0x00D8 && codePoint <= 0x00F6
                || codePoint >= 0x00F8 && codePoint <= 0x024F
                || codePoint == 0x0253 || codePoint == 0x0254 || codePoint == 0x0256 || codePoint == 0x0257
                || codePoint == 0x0259 || codePoint == 0x025B || codePoint == 0x0263 || codePoint == 0x0268
                || codePoint == 0x026F || codePoint == 0x0272 || codePoint == 0x0289 || codePoint == 0x028B
                || codePoint == 0x02BB || codePoint >= 0x0300 && codePoint <= 0x036F
                || codePoint >= 0x1E00 && codePoint <= 0x1EFF;
    }

    private static boolean isCyrillic(int codePoint) {
        return codePoint >= 0x0400 && codePoint <= 0x04FF;
    }

    /** URL_VALID_GENERAL_PATH_CHARS. */
    private static boolean isPathChar(char unit) {
        return isAsciiAlphanumeric(unit) || "!*';:=+,.$/%#[]-_~|&@".indexOf(unit) >= 0 || unit == '\u2013'
                || isLatinAccent(unit) || isCyrillic(unit);
    }

    /** URL_VALID_PATH_ENDING_CHARS without the parentheses. */
    private static boolean isPathEndingChar(char unit) {
        return isAsciiAlphanumeric(unit) || "=_#/-+".indexOf(unit) >= 0 || isLatinAccent(unit) || isCyrillic(unit);
    }

    /** URL_VALID_URL_QUERY_CHARS. */
    private static boolean isQueryChar(char unit) {
        return isAsciiAlphanumeric(unit) || "!?*'();:&=+$/%#[]-_.,~|@".indexOf(unit) >= 0;
    }

    /** URL_VALID_URL_QUERY_ENDING_CHARS. */
    private static boolean isQueryEndingChar(char unit) {
        return isAsciiAlphanumeric(unit) || "-_&=#/".indexOf(unit) >= 0;
    }

    private static boolean isAsciiAlphanumeric(int codePoint) {
        return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z' || isAsciiDigit(codePoint);
    }

    private static boolean isAsciiDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    private static boolean startsWithIgnoreCase(String text, int start, int limit, String prefix) {
        return limit - start >= prefix.length() && Ascii.regionMatchesIgnoreCase(text, start, prefix);
    }

    /** The expression is case-insensitive for ASCII only (no UNICODE_CASE), so only ASCII is lower-cased. */
    private static String asciiLowerCase(String text, int start, int end) {
        if (!hasAsciiCapital(text, start, end)) {
            return text.substring(start, end);
        }
        StringBuilder lower = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char unit = text.charAt(i);
            lower.append(unit >= 'A' && unit <= 'Z' ? (char) (unit + ('a' - 'A')) : unit);
        }
        return lower.toString();
    }

    private static boolean hasAsciiCapital(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char unit = text.charAt(i);
            if (unit >= 'A' && unit <= 'Z') {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String list) {
        Set<String> words = new HashSet<>();
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            if (i == list.length() || list.charAt(i) == ' ') {
                if (i > start) {
                    words.add(list.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    private static int longest(Set<String> first, Set<String> second) {
        int longest = 0;
        for (Set<String> set : List.of(first, second)) {
            for (String word : set) {
                longest = Math.max(longest, word.length());
            }
        }
        return longest;
    }
}
