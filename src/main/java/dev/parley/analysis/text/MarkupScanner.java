package dev.parley.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a comment that may contain HTML (news and forum platforms send rendered bodies) into
 * {@link PlainText}, and records the quote markup it meets on the way.
 *
 * <p>Rules, and why:
 * <ul>
 *   <li>Only tags with a known HTML element name are markup. Commenters write {@code <sarcasm>} and
 *       {@code I <3 you} as text; treating every {@code <...>} as a tag would delete their words.</li>
 *   <li>Every tag becomes one whitespace char: no token may contain markup, and its surface is then
 *       always a clean substring. Line-breaking tags ({@code <br>}, {@code <p>}, {@code <div>},
 *       {@code <li>}, {@code <blockquote>} …) become a newline so that they also end lines (which
 *       matters for {@code >} quotes and sentence breaks; see {@link #appendTagSpace}); inline tags
 *       ({@code <b>}, {@code <a>} …)
 *       become a space. The price: markup in the middle of a word ({@code un<b>real</b>}) splits it,
 *       which is rare in comments.</li>
 *   <li>{@code <script>}/{@code <style>} bodies and {@code <!-- -->} comments are not text at all.</li>
 *   <li>Character references are decoded ({@link HtmlEntities}); space separators such as no-break
 *       space become a plain space, so every later stage has one notion of whitespace.</li>
 *   <li>{@code <blockquote>…</blockquote>} and BBCode {@code [quote…]…[/quote]} are quotes — but only
 *       when closed later in the text: an unclosed opener is more often a paste accident than a quote
 *       of the whole rest of the comment, and marking the author's own words as quoted would hide
 *       them from scoring. The BBCode tags themselves are skipped like HTML tags.</li>
 * </ul>
 * The scan is a single pass; look-ahead for a tag's {@code >} stops at the next {@code <}, so
 * pathological input such as 100k {@code <} chars stays linear.
 */
final class MarkupScanner {

    /** Element names treated as markup; anything else between angle brackets is the author's text. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "img",
            "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
            "time", "tt", "u", "var", "wbr", "label", "input", "button", "iframe", "video", "audio",
            "source", "picture", "svg", "html", "head", "body", "meta", "link", "title");
    private static final Set<String> BLOCK = Set.of(
            "br", "p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
            "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption",
            "details", "summary", "center", "address", "form", "script", "style", "noscript");
    private static final int MAX_TAG_LENGTH = 2000;
    private static final int MAX_BBCODE_TAG_LENGTH = 300;

    /** The plain text and the quote markup found, in original and plain coordinates. */
    record Scan(PlainText plain, List<QuoteRegion> quotes) {
    }

    private MarkupScanner() {
    }

    static Scan scan(String s) {
        int n = s.length();
        PlainText.Builder out = new PlainText.Builder(n);
        List<QuoteRegion> quotes = new ArrayList<>();
        int lastBlockquoteClose = lastIndexOfIgnoreCase(s, "</blockquote");
        int lastBbQuoteClose = lastIndexOfIgnoreCase(s, "[/quote]");
        int lastScriptClose = lastIndexOfIgnoreCase(s, "</script");
        int lastStyleClose = lastIndexOfIgnoreCase(s, "</style");
        int depth = 0;
        int quoteOrigStart = -1;
        int quotePlainStart = -1;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                int[] tag = readTag(s, i);
                if (tag != null) {
                    int end = tag[0];
                    String name = s.substring(tag[1], tag[2]).toLowerCase(Locale.ROOT);
                    boolean closing = tag[3] == 1;
                    if (!closing && name.equals("script") && end <= lastScriptClose) {
                        end = skipRawBody(s, end, name);
                    } else if (!closing && name.equals("style") && end <= lastStyleClose) {
                        end = skipRawBody(s, end, name);
                    }
                    if (name.equals("blockquote") && !closing && i < lastBlockquoteClose) {
                        if (depth++ == 0) {
                            quoteOrigStart = i;
                            quotePlainStart = out.length();
                        }
                    }
                    appendTagSpace(out, name, i, end);
                    if (name.equals("blockquote") && closing && depth > 0 && --depth == 0) {
                        quotes.add(new QuoteRegion(quotePlainStart, out.length(), quoteOrigStart, end,
                                QuotedSpan.Kind.MARKUP));
                    }
                    i = end;
                    continue;
                }
                if (s.startsWith("<!--", i)) {
                    int close = s.indexOf("-->", i + 4);
                    if (close >= 0) {
                        out.append(' ', i, close + 3);
                        i = close + 3;
                        continue;
                    }
                }
            } else if (c == '[') {
                int end = readBbQuote(s, i, false);
                if (end > 0 && i < lastBbQuoteClose) {
                    if (depth++ == 0) {
                        quoteOrigStart = i;
                        quotePlainStart = out.length();
                    }
                    out.append('\n', i, end);
                    i = end;
                    continue;
                }
                end = readBbQuote(s, i, true);
                if (end > 0 && depth > 0) {
                    out.append('\n', i, end);
                    if (--depth == 0) {
                        quotes.add(new QuoteRegion(quotePlainStart, out.length(), quoteOrigStart, end,
                                QuotedSpan.Kind.MARKUP));
                    }
                    i = end;
                    continue;
                }
            } else if (c == '&') {
                int[] ref = HtmlEntities.decodeAt(s, i);
                if (ref != null) {
                    for (char d : Character.toChars(ref[0])) {
                        out.append(normaliseSpace(d), i, ref[1]);
                    }
                    i = ref[1];
                    continue;
                }
            }
            out.append(normaliseSpace(c), i, i + 1);
            i++;
        }
        if (depth > 0) {
            // Mixed-up nesting ([quote] closed by </blockquote> …): close at the end rather than lose it.
            quotes.add(new QuoteRegion(quotePlainStart, out.length(), quoteOrigStart, n, QuotedSpan.Kind.MARKUP));
        }
        return new Scan(out.build(), quotes);
    }

    /**
     * A tag's stand-in: {@code <br>} ends a line ('\n'), other line-breaking elements end a paragraph
     * (a blank line, "\n\n": so {@code </p><p>} separates sentences and {@code >} quote runs just as an
     * empty line does in plain text), inline elements are a space.
     */
    private static void appendTagSpace(PlainText.Builder out, String name, int start, int end) {
        if (name.equals("br")) {
            out.append('\n', start, end);
        } else if (BLOCK.contains(name)) {
            out.append('\n', start, end);
            out.append('\n', start, end);
        } else {
            out.append(' ', start, end);
        }
    }

    /** One notion of whitespace downstream: space separators become ' ', line/paragraph separators '\n'. */
    private static char normaliseSpace(char c) {
        if (c == '\u2028' || c == '\u2029') {
            return '\n';
        }
        return c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c;
    }

    /**
     * Reads an HTML tag at {@code s.charAt(at) == '<'}.
     *
     * @return {@code {end, nameStart, nameEnd, closing?1:0}} or null when this is not a known tag
     */
    private static int[] readTag(String s, int at) {
        int n = s.length();
        int p = at + 1;
        boolean closing = p < n && s.charAt(p) == '/';
        if (closing) {
            p++;
        }
        int nameStart = p;
        while (p < n && p - nameStart < 12 && isAsciiAlnum(s.charAt(p))) {
            p++;
        }
        if (p == nameStart || p >= n) {
            return null;
        }
        String name = s.substring(nameStart, p).toLowerCase(Locale.ROOT);
        if (!INLINE.contains(name) && !BLOCK.contains(name)) {
            return null;
        }
        char after = s.charAt(p);
        if (!(after == '>' || after == '/' || PlainText.isSpace(after))) {
            return null;
        }
        int limit = Math.min(n, at + MAX_TAG_LENGTH);
        for (int q = p; q < limit; q++) {
            char c = s.charAt(q);
            if (c == '>') {
                return new int[] {q + 1, nameStart, p, closing ? 1 : 0};
            }
            if (c == '<') {
                return null;
            }
        }
        return null;
    }

    /**
     * End of a script/style element's body and closing tag. Only called when a closing tag is known to
     * follow (so the search always succeeds and the scan jumps past it: linear overall).
     */
    private static int skipRawBody(String s, int from, String name) {
        int close = indexOfIgnoreCase(s, "</" + name, from);
        int gt = s.indexOf('>', close);
        return gt < 0 ? s.length() : gt + 1;
    }

    /** Reads {@code [quote]}, {@code [quote="x, post: 1"]} or (closing) {@code [/quote]}; returns end or -1. */
    private static int readBbQuote(String s, int at, boolean closing) {
        String head = closing ? "[/quote" : "[quote";
        if (!s.regionMatches(true, at, head, 0, head.length())) {
            return -1;
        }
        int p = at + head.length();
        if (p >= s.length()) {
            return -1;
        }
        char c = s.charAt(p);
        if (c == ']') {
            return p + 1;
        }
        if (closing || !(c == '=' || c == ' ')) {
            return -1;
        }
        int limit = Math.min(s.length(), at + MAX_BBCODE_TAG_LENGTH);
        for (int q = p; q < limit; q++) {
            char d = s.charAt(q);
            if (d == ']') {
                return q + 1;
            }
            if (d == '[' || d == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = Math.max(0, from); i + needle.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOfIgnoreCase(String s, String needle) {
        for (int i = s.length() - needle.length(); i >= 0; i--) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
