package dev.parley.analysis.text;

/**
 * A comment with its markup removed, plus the way back to the original. Every later stage
 * (quotes, sentences, tokens, language) reads {@link #text()}, and maps its findings back with
 * {@link #origStart(int)} / {@link #origEnd(int)}, so that offsets handed to callers always point
 * into the text exactly as received, even where an entity such as {@code &amp;} became one char.
 *
 * <p>Each plain char stands for a range of the original: an ordinary char for itself, a decoded
 * entity for the whole entity, a tag for the whole tag (tags become a single whitespace char, so
 * no token or word can ever contain one).
 */
final class PlainText {

    private final String text;
    private final int[] from;
    private final int[] to;

    PlainText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** Offset in the original text where the plain char {@code i} begins. */
    int origStart(int i) {
        return from[i];
    }

    /** Offset in the original text just after the plain range ending (exclusively) at {@code end}. */
    int origEnd(int end) {
        return to[end - 1];
    }

    /**
     * Whitespace as OpenNLP sees it (Java whitespace plus the Unicode space separators such as
     * no-break space), so that our own splitting agrees with the tokenizer's.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Builds a plain text char by char; used by {@link MarkupScanner} only. */
    static final class Builder {
        private final StringBuilder sb;
        private int[] from;
        private int[] to;

        Builder(int capacity) {
            int cap = Math.max(16, capacity);
            sb = new StringBuilder(cap);
            from = new int[cap];
            to = new int[cap];
        }

        int length() {
            return sb.length();
        }

        void append(char c, int origStart, int origEnd) {
            int n = sb.length();
            if (n == from.length) {
                from = java.util.Arrays.copyOf(from, n * 2);
                to = java.util.Arrays.copyOf(to, n * 2);
            }
            sb.append(c);
            from[n] = origStart;
            to[n] = origEnd;
        }

        PlainText build() {
            int n = sb.length();
            return new PlainText(sb.toString(), java.util.Arrays.copyOf(from, n), java.util.Arrays.copyOf(to, n));
        }
    }
}
