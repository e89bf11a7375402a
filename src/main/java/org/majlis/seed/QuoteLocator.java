package org.majlis.seed;

/**
 * Finds an evidence quote in a document body. A quote must occur exactly once, so that its offsets are
 * unambiguous; offsets are Java {@code char} indices ({@code body.substring(start, end)} equals the quote).
 */
final class QuoteLocator {
    /** Characters of context kept on each side, as in a W3C TextQuoteSelector's prefix and suffix. */
    static final int CONTEXT = 32;

    private QuoteLocator() {
    }

    record Span(int start, int end, String quote, String prefix, String suffix) {
    }

    /** @return the span, or throws with a reason a curator can act on */
    static Span locate(String body, String quote) {
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException("quote is empty");
        }
        if (quote.codePointCount(0, quote.length()) != quote.length()) {
            // the database checks an offset span against the quote's length in code points, not in chars
            throw new IllegalArgumentException("quote contains a character beyond U+FFFF (such as an emoji), which"
                    + " evidence offsets cannot span yet; end the quote before it: \"" + quote + "\"");
        }
        int start = body.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("quote not found verbatim in the document: \"" + quote + "\"");
        }
        int count = 1;
        for (int at = body.indexOf(quote, start + 1); at >= 0; at = body.indexOf(quote, at + 1)) {
            count++;
        }
        if (count > 1) {
            throw new IllegalArgumentException("quote occurs " + count
                    + " times in the document; extend it until it is unique: \"" + quote + "\"");
        }
        int end = start + quote.length();
        return new Span(start, end, quote, body.substring(Math.max(0, start - CONTEXT), start),
                body.substring(end, Math.min(body.length(), end + CONTEXT)));
    }
}
