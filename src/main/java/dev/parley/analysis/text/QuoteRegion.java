package dev.parley.analysis.text;

/**
 * A quoted stretch as a detector found it, before overlaps between detectors are resolved.
 * Markup quotes know their original range (it includes the tags themselves); the others are found
 * in the plain text and are mapped back through {@link PlainText}.
 */
record QuoteRegion(int plainStart, int plainEnd, int origStart, int origEnd, QuotedSpan.Kind kind) {

    /** A region found in the plain text; its original range is derived from the plain one. */
    static QuoteRegion plain(PlainText p, int start, int end, QuotedSpan.Kind kind) {
        return new QuoteRegion(start, end, p.origStart(start), p.origEnd(end), kind);
    }
}
