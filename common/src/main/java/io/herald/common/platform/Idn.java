package io.herald.common.platform;

import io.herald.common.text.Nfc;

/**
 * The part of {@code java.net.IDN.toASCII} (IDNA 2003, which twitter-text uses to validate a link's host) that decides
 * whether a host is valid and how long its ASCII form is: an internationalised label is punycode-encoded and must then
 * fit in 63 characters, which is why a long domain in Japanese is no link on X while a short one is. TeaVM has no
 * {@code java.net.IDN}.
 *
 * <p>Nameprep is followed where it changes validity or length: characters mapped to nothing are dropped, letters
 * lower-cased (ß to ss), full-width ASCII folded, the label put in NFC, prohibited characters refused, and the
 * right-to-left rule applied. Nameprep's NFKC is approximated by NFC plus the full-width folding, and Unicode 3.2's
 * unassigned code points are not told apart (IDN.ALLOW_UNASSIGNED lets them through anyway).
 */
final class Idn {

    private static final int MAX_LABEL_LENGTH = 63;
    private static final String ACE_PREFIX = "xn--";

    private Idn() {
    }

    /** The length of the host's ASCII form, or -1 when {@code IDN.toASCII} would refuse it. */
    static int asciiLength(String host) {
        int length = 0;
        int labelStart = 0;
        for (int i = 0; i <= host.length(); i++) {
            if (i == host.length() || isDot(host.charAt(i))) {
                if (i == host.length() && labelStart == i && labelStart > 0) {
                    break;
                }
                int labelLength = labelAsciiLength(host.substring(labelStart, i));
                if (labelLength < 0) {
                    return -1;
                }
                length += labelLength + (i < host.length() ? 1 : 0);
                labelStart = i + 1;
            }
        }
        return length;
    }

    private static boolean isDot(char unit) {
        return unit == '.' || unit == '\u3002' || unit == '\uFF0E' || unit == '\uFF61';
    }

    private static int labelAsciiLength(String label) {
        String prepared = isAscii(label) ? label : nameprep(label);
        if (prepared == null || prepared.isEmpty()) {
            return -1;
        }
        int length;
        if (isAscii(prepared)) {
            length = prepared.length();
        } else {
            if (Ascii.regionMatchesIgnoreCase(prepared, 0, ACE_PREFIX)) {
                return -1;
            }
            if (prepared.codePointCount(0, prepared.length()) > MAX_LABEL_LENGTH) {
                // Every code point becomes at least one character of the encoding.
                return -1;
            }
            int encoded = Punycode.encodedLength(prepared);
            if (encoded < 0) {
                return -1;
            }
            length = ACE_PREFIX.length() + encoded;
        }
        return length <= MAX_LABEL_LENGTH ? length : -1;
    }

    /** Nameprep (RFC 3491) as far as it matters here; null when the label holds a prohibited character. */
    private static String nameprep(String label) {
        StringBuilder mapped = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); ) {
            int codePoint = label.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMappedToNothing(codePoint)) {
                continue;
            }
            if (codePoint == 0x00DF) {
                mapped.append("ss");
            } else if (codePoint == 0x03C2) {
                mapped.append('\u03C3');
            } else if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
                mapped.append((char) Character.toLowerCase(codePoint - 0xFF01 + 0x21));
            } else if (codePoint < 0x10000) {
                mapped.append((char) Character.toLowerCase(codePoint));
            } else {
                mapped.appendCodePoint(codePoint);
            }
        }
        String normalized = Nfc.normalize(mapped.toString());
        boolean rightToLeft = false;
        boolean leftToRight = false;
        for (int i = 0; i < normalized.length(); ) {
            int codePoint = normalized.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isProhibited(codePoint)) {
                return null;
            }
            if (isRightToLeft(codePoint)) {
                rightToLeft = true;
            } else if (Character.isLetter(codePoint)) {
                leftToRight = true;
            }
        }
        if (rightToLeft) {
            int first = normalized.codePointAt(0);
            int last = normalized.codePointBefore(normalized.length());
            if (leftToRight || !isRightToLeft(first) || !isRightToLeft(last)) {
                return null;
            }
        }
        return normalized;
    }

    /** RFC 3454 table B.1. */
    private static boolean isMappedToNothing(int codePoint) {
        return codePoint == 0x00AD || codePoint == 0x034F || codePoint == 0x1806
                || codePoint >= 0x180B && codePoint <= 0x180D || codePoint >= 0x200B && codePoint <= 0x200D
                || codePoint == 0x2060 || codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint == 0xFEFF;
    }

    /** RFC 3491's prohibited tables: C.1.2, C.2.2, C.3 to C.9. */
    private static boolean isProhibited(int codePoint) {
        return codePoint == 0x00A0 || codePoint == 0x1680 || codePoint >= 0x2000 && codePoint <= 0x200B
                || codePoint == 0x202F || codePoint == 0x205F || codePoint == 0x3000
                || codePoint < 0x20 || codePoint == 0x7F || codePoint >= 0x80 && codePoint <= 0x9F
                || codePoint == 0x06DD || codePoint == 0x070F || codePoint == 0x180E || codePoint == 0x200C
                || codePoint == 0x200D || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint >= 0x2060 && codePoint <= 0x2063 || codePoint >= 0x206A && codePoint <= 0x206F
                || codePoint == 0xFEFF || codePoint >= 0xFFF9 && codePoint <= 0xFFFD
                || codePoint >= 0x1D173 && codePoint <= 0x1D17A
                || codePoint >= 0xE000 && codePoint <= 0xF8FF || codePoint >= 0xF0000
                || codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE
                || codePoint >= 0xD800 && codePoint <= 0xDFFF
                || codePoint >= 0x2FF0 && codePoint <= 0x2FFB
                || codePoint == 0x0340 || codePoint == 0x0341 || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint == 0xE0001 || codePoint >= 0xE0020 && codePoint <= 0xE007F;
    }

    /** RFC 3454 table D.1: characters of right-to-left scripts (bidirectional class R or AL). */
    private static boolean isRightToLeft(int codePoint) {
        return codePoint == 0x05BE || codePoint == 0x05C0 || codePoint == 0x05C3
                || codePoint >= 0x05D0 && codePoint <= 0x05EA || codePoint >= 0x05F0 && codePoint <= 0x05F4
                || codePoint == 0x061B || codePoint == 0x061F || codePoint >= 0x0621 && codePoint <= 0x063A
                || codePoint >= 0x0640 && codePoint <= 0x064A || codePoint >= 0x066D && codePoint <= 0x066F
                || codePoint >= 0x0671 && codePoint <= 0x06D5 || codePoint == 0x06DD
                || codePoint >= 0x06E5 && codePoint <= 0x06E6 || codePoint >= 0x06FA && codePoint <= 0x06FE
                || codePoint >= 0x0700 && codePoint <= 0x070D || codePoint == 0x0710
                || codePoint >= 0x0712 && codePoint <= 0x072C || codePoint >= 0x0780 && codePoint <= 0x07A5
                || codePoint == 0x07B1 || codePoint == 0x200F || codePoint == 0xFB1D
                || codePoint >= 0xFB1F && codePoint <= 0xFB28 || codePoint >= 0xFB2A && codePoint <= 0xFB36
                || codePoint >= 0xFB38 && codePoint <= 0xFB3C || codePoint == 0xFB3E
                || codePoint >= 0xFB40 && codePoint <= 0xFB41 || codePoint >= 0xFB43 && codePoint <= 0xFB44
                || codePoint >= 0xFB46 && codePoint <= 0xFBB1 || codePoint >= 0xFBD3 && codePoint <= 0xFD3D
                || codePoint >= 0xFD50 && codePoint <= 0xFD8F || codePoint >= 0xFD92 && codePoint <= 0xFDC7
                || codePoint >= 0xFDF0 && codePoint <= 0xFDFC || codePoint >= 0xFE70 && codePoint <= 0xFE74
                || codePoint >= 0xFE76 && codePoint <= 0xFEFC;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
