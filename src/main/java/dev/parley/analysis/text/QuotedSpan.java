package dev.parley.analysis.text;

/** A stretch of a comment that quotes someone else, with how it was recognised. */
public record QuotedSpan(int start, int end, Kind kind) {

    public enum Kind {
        /** Quote markup: {@code <blockquote>}, {@code [quote]…[/quote]}. */
        MARKUP,
        /** Lines starting with {@code >} (e-mail and Markdown style). */
        LINE_PREFIX,
        /** Forum quote blocks: "X said: … Click to expand...". */
        FORUM_BLOCK,
        /** A passage repeating an earlier comment of the same thread word for word. */
        THREAD_REPEAT
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
