package dev.parley.analysis.text;

import java.util.Map;

/**
 * Decodes HTML character references. Comment platforms escape text inconsistently ({@code don&#39;t},
 * {@code &quot;}, {@code &nbsp;}), and an undecoded {@code &#39;} would split a word in two and hide
 * the apostrophe from every feature. The named table covers what forum and news software actually
 * emits; it is deliberately not the full HTML5 list (2,000+ names), because an unknown name is simply
 * left as text, which is harmless.
 */
final class HtmlEntities {

    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
            Map.entry("ensp", 0x2002), Map.entry("emsp", 0x2003), Map.entry("thinsp", 0x2009),
            Map.entry("shy", 0xAD), Map.entry("zwnj", 0x200C), Map.entry("zwj", 0x200D),
            Map.entry("lsquo", 0x2018), Map.entry("rsquo", 0x2019), Map.entry("sbquo", 0x201A),
            Map.entry("ldquo", 0x201C), Map.entry("rdquo", 0x201D), Map.entry("bdquo", 0x201E),
            Map.entry("laquo", 0xAB), Map.entry("raquo", 0xBB), Map.entry("lsaquo", 0x2039),
            Map.entry("rsaquo", 0x203A), Map.entry("ndash", 0x2013), Map.entry("mdash", 0x2014),
            Map.entry("hellip", 0x2026), Map.entry("bull", 0x2022), Map.entry("middot", 0xB7),
            Map.entry("copy", 0xA9), Map.entry("reg", 0xAE), Map.entry("trade", 0x2122),
            Map.entry("euro", 0x20AC), Map.entry("pound", 0xA3), Map.entry("yen", 0xA5),
            Map.entry("cent", 0xA2), Map.entry("deg", 0xB0), Map.entry("times", 0xD7),
            Map.entry("divide", 0xF7), Map.entry("plusmn", 0xB1), Map.entry("para", 0xB6),
            Map.entry("sect", 0xA7), Map.entry("iexcl", 0xA1), Map.entry("iquest", 0xBF),
            Map.entry("aacute", 0xE1), Map.entry("eacute", 0xE9), Map.entry("iacute", 0xED),
            Map.entry("oacute", 0xF3), Map.entry("uacute", 0xFA), Map.entry("agrave", 0xE0),
            Map.entry("egrave", 0xE8), Map.entry("auml", 0xE4), Map.entry("ouml", 0xF6),
            Map.entry("uuml", 0xFC), Map.entry("szlig", 0xDF), Map.entry("ntilde", 0xF1),
            Map.entry("ccedil", 0xE7), Map.entry("Eacute", 0xC9), Map.entry("Auml", 0xC4),
            Map.entry("Ouml", 0xD6), Map.entry("Uuml", 0xDC));

    /** Longest reference we try to read: {@code &#x10FFFF;} and the longest name above. */
    private static final int MAX_LENGTH = 10;

    private HtmlEntities() {
    }

    /**
     * Reads a character reference starting at {@code s.charAt(at) == '&'}.
     *
     * @return {@code {codePoint, endExclusive}}, or null when there is no complete reference there
     *         (a terminating {@code ;} is required: {@code AT&T} must stay text)
     */
    static int[] decodeAt(String s, int at) {
        int limit = Math.min(s.length(), at + MAX_LENGTH + 1);
        int semi = -1;
        for (int i = at + 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                semi = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#') || c > 127) {
                return null;
            }
        }
        if (semi < at + 2) {
            return null;
        }
        String body = s.substring(at + 1, semi);
        int cp;
        if (body.charAt(0) == '#') {
            cp = numeric(body);
        } else {
            Integer named = NAMED.get(body);
            cp = named == null ? -1 : named;
        }
        return cp < 0 ? null : new int[] {cp, semi + 1};
    }

    private static int numeric(String body) {
        try {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            String digits = body.substring(hex ? 2 : 1);
            if (digits.isEmpty()) {
                return -1;
            }
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            // NUL, surrogates and out-of-range values are what browsers show as U+FFFD.
            if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                return 0xFFFD;
            }
            return cp;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
