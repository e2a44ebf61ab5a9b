package io.herald.common.lint.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the part of Java regex syntax that guideline patterns may use into {@link RegexNode}s. It runs after the
 * runtime's own {@code Pattern.compile} has accepted the pattern, so it can assume well-formed input and only has to
 * refuse, by name, the constructs the engine does not allow.
 */
final class RegexParser {

    /** The largest count a {@code {n,m}} repetition may give: larger ones compile into huge programs. */
    static final int MAX_COUNT = 1000;

    private final String source;
    private final boolean ignoreCase;
    private int pos;

    private RegexParser(String source, boolean ignoreCase) {
        this.source = source;
        this.ignoreCase = ignoreCase;
    }

    static RegexNode parse(String source, boolean ignoreCase) {
        RegexParser parser = new RegexParser(source, ignoreCase);
        RegexNode node = parser.alternation();
        if (parser.pos < source.length()) {
            throw new UnsupportedRegex("has an unmatched \")\" at index " + parser.pos);
        }
        return node;
    }

    private RegexNode alternation() {
        int from = pos;
        List<RegexNode> branches = new ArrayList<>();
        branches.add(sequence());
        while (peek('|')) {
            pos++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0) : new RegexNode.Alternation(branches, from, pos);
    }

    private RegexNode sequence() {
        int from = pos;
        List<RegexNode> items = new ArrayList<>();
        while (pos < source.length() && !peek('|') && !peek(')')) {
            int atomFrom = pos;
            RegexNode atom = atom();
            items.add(quantified(atom, atomFrom));
        }
        return new RegexNode.Sequence(items, from, pos);
    }

    private RegexNode quantified(RegexNode atom, int from) {
        if (pos >= source.length()) {
            return atom;
        }
        int min;
        int max;
        char c = source.charAt(pos);
        if (c == '*') {
            min = 0;
            max = RegexNode.Repeat.UNBOUNDED;
            pos++;
        } else if (c == '+') {
            min = 1;
            max = RegexNode.Repeat.UNBOUNDED;
            pos++;
        } else if (c == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (c == '{') {
            pos++;
            min = number();
            max = min;
            if (peek(',')) {
                pos++;
                max = peek('}') ? RegexNode.Repeat.UNBOUNDED : number();
            }
            expect('}');
            if (min > MAX_COUNT || max > MAX_COUNT) {
                throw new UnsupportedRegex("repeats \"" + source.substring(from, pos) + "\" more than " + MAX_COUNT
                        + " times");
            }
        } else {
            return atom;
        }
        if (peek('?') || peek('+')) {
            pos++;
        }
        return new RegexNode.Repeat(atom, min, max, from, pos);
    }

    private RegexNode atom() {
        int from = pos;
        char c = source.charAt(pos++);
        return switch (c) {
            case '(' -> group(from);
            case '[' -> new RegexNode.Chars(cased(characterClass()), from, pos);
            case '.' -> new RegexNode.Chars(CharRanges.ALL, from, pos);
            case '^', '$' -> new RegexNode.ZeroWidth(List.of(), from, pos);
            case '\\' -> escape(from);
            default -> literal(c, from);
        };
    }

    private RegexNode literal(char c, int from) {
        int codePoint = c;
        if (Character.isHighSurrogate(c) && pos < source.length() && Character.isLowSurrogate(source.charAt(pos))) {
            codePoint = Character.toCodePoint(c, source.charAt(pos++));
        }
        return new RegexNode.Chars(cased(CharRanges.single(codePoint)), codePoint, from, pos);
    }

    private RegexNode group(int from) {
        boolean lookaround = false;
        if (peek('?')) {
            pos++;
            if (peek(':') || peek('>')) {
                pos++;
            } else if (peek('=') || peek('!')) {
                pos++;
                lookaround = true;
            } else if (source.startsWith("<=", pos) || source.startsWith("<!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (peek('<')) {
                throw new UnsupportedRegex("uses a named group at index " + from + "; use a plain group \"(...)\"");
            } else {
                throw new UnsupportedRegex("uses an inline flag group \"(?" + (pos < source.length()
                        ? source.charAt(pos) : "") + "...\" at index " + from
                        + "; use the rule's \"ignoreCase\" field instead");
            }
        }
        RegexNode body = alternation();
        expect(')');
        return lookaround
                ? new RegexNode.ZeroWidth(List.of(body), from, pos)
                : new RegexNode.Group(body, from, pos);
    }

    private RegexNode escape(int from) {
        char c = source.charAt(pos++);
        if (c >= '1' && c <= '9' || c == 'k') {
            throw new UnsupportedRegex("uses a backreference \"" + source.substring(from, pos)
                    + "\", which can take exponential time");
        }
        return switch (c) {
            case 'd' -> new RegexNode.Chars(CharRanges.DIGITS, from, pos);
            case 'D' -> new RegexNode.Chars(CharRanges.DIGITS.complement(), from, pos);
            case 'w' -> new RegexNode.Chars(CharRanges.WORD, from, pos);
            case 'W' -> new RegexNode.Chars(CharRanges.WORD.complement(), from, pos);
            case 's' -> new RegexNode.Chars(CharRanges.SPACE, from, pos);
            case 'S' -> new RegexNode.Chars(CharRanges.SPACE.complement(), from, pos);
            case 'p', 'P' -> {
                property();
                yield new RegexNode.Chars(CharRanges.ALL, from, pos);
            }
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> new RegexNode.ZeroWidth(List.of(), from, pos);
            case 'Q' -> quoted(from);
            default -> {
                int literal = escapedChar(c, from);
                yield new RegexNode.Chars(cased(CharRanges.single(literal)), literal, from, pos);
            }
        };
    }

    /** {@code \Q...\E}: every character between is a literal. */
    private RegexNode quoted(int from) {
        int end = source.indexOf("\\E", pos);
        int stop = end < 0 ? source.length() : end;
        List<RegexNode> items = new ArrayList<>();
        while (pos < stop) {
            int at = pos;
            items.add(literal(source.charAt(pos++), at));
        }
        pos = end < 0 ? stop : end + 2;
        return new RegexNode.Sequence(items, from, pos);
    }

    /** The character a one-character escape stands for, after the backslash and {@code c} were read. */
    private int escapedChar(char c, int from) {
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return 7;
            case 'e':
                return 27;
            case '0':
                return octal();
            case 'x':
                return hex(from);
            case 'u':
                return hexDigits(4, from);
            case 'c':
                return source.charAt(pos++) ^ 64;
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new UnsupportedRegex("uses the escape \"\\" + c + "\" at index " + from
                            + ", which the browser's regex engine may not read the same way");
                }
                return c;
        }
    }

    private int octal() {
        int value = 0;
        int digits = 0;
        while (digits < 3 && pos < source.length() && source.charAt(pos) >= '0' && source.charAt(pos) <= '7'
                && value * 8 + (source.charAt(pos) - '0') <= 0377) {
            value = value * 8 + (source.charAt(pos++) - '0');
            digits++;
        }
        return value;
    }

    private int hex(int from) {
        if (peek('{')) {
            pos++;
            int close = source.indexOf('}', pos);
            int value = hexDigits(close - pos, from);
            pos++;
            return value;
        }
        return hexDigits(2, from);
    }

    private int hexDigits(int count, int from) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            int digit = Character.digit(source.charAt(pos++), 16);
            if (digit < 0) {
                throw new UnsupportedRegex("has a bad hexadecimal escape at index " + from);
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void property() {
        if (peek('{')) {
            pos = source.indexOf('}', pos) + 1;
        } else {
            pos++;
        }
    }

    private CharRanges characterClass() {
        boolean negated = peek('^');
        if (negated) {
            pos++;
        }
        CharRanges set = CharRanges.NONE;
        boolean first = true;
        while (!(peek(']') && !first)) {
            int from = pos;
            char c = source.charAt(pos++);
            first = false;
            if (c == '[' || (c == '&' && peek('&'))) {
                throw new UnsupportedRegex("uses a nested class or class intersection at index " + from);
            }
            CharRanges item;
            int single;
            if (c == '\\') {
                char e = source.charAt(pos++);
                switch (e) {
                    case 'd' -> item = CharRanges.DIGITS;
                    case 'D' -> item = CharRanges.DIGITS.complement();
                    case 'w' -> item = CharRanges.WORD;
                    case 'W' -> item = CharRanges.WORD.complement();
                    case 's' -> item = CharRanges.SPACE;
                    case 'S' -> item = CharRanges.SPACE.complement();
                    case 'p', 'P' -> {
                        property();
                        item = CharRanges.ALL;
                    }
                    case 'Q' -> throw new UnsupportedRegex("uses \\Q inside a class at index " + from);
                    default -> item = null;
                }
                if (item != null) {
                    set = set.union(item);
                    continue;
                }
                single = escapedChar(e, from);
            } else {
                single = c;
            }
            if (peek('-') && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
                pos++;
                int to;
                char d = source.charAt(pos++);
                to = d == '\\' ? escapedChar(source.charAt(pos++), pos - 2) : d;
                set = set.union(CharRanges.range(single, to));
            } else {
                set = set.union(CharRanges.single(single));
            }
        }
        pos++;
        return negated ? set.complement() : set;
    }

    private CharRanges cased(CharRanges set) {
        return ignoreCase ? set.withBothCases() : set;
    }

    private int number() {
        int start = pos;
        while (pos < source.length() && Character.isDigit(source.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw new UnsupportedRegex("has a malformed repetition count at index " + start);
        }
        if (pos - start > 6) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(source.substring(start, pos));
    }

    private boolean peek(char c) {
        return pos < source.length() && source.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new UnsupportedRegex("expected \"" + c + "\" at index " + pos);
        }
        pos++;
    }
}
