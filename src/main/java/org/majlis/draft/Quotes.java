package org.majlis.draft;

/**
 * Evidence quotes as the seed format wants them: words of the text that occur exactly once in it, so that their
 * offsets are unambiguous. A span that occurs more than once is extended as a curator would: first by the punctuation
 * that touches it (اليوم → اليوم،), then by whole words, right and left in turn, until it is unique.
 */
final class Quotes {
    private final String body;

    Quotes(String body) {
        this.body = body;
    }

    /** The shortest unique quote that contains {@code body[start, end)}. */
    String unique(int start, int end) {
        int[] span = trim(start, end);
        start = span[0];
        end = span[1];
        if (occursOnce(start, end)) {
            return body.substring(start, end);
        }
        int right = end;
        // the punctuation touching it first (اليوم → اليوم،), then whole words, left and right in turn
        while (right < body.length() && isPunctuation(body.charAt(right))) {
            right++;
            if (occursOnce(start, right)) {
                return body.substring(start, right);
            }
        }
        int left = start;
        while (left > 0 && isPunctuation(body.charAt(left - 1))) {
            left--;
            if (occursOnce(left, end)) {
                return body.substring(left, end);
            }
        }
        boolean toRight = false;
        while (start > 0 || end < body.length()) {
            if ((toRight && end < body.length()) || start == 0) {
                end = nextWordEnd(end);
            } else {
                start = previousWordStart(start);
            }
            toRight = !toRight;
            if (occursOnce(start, end)) {
                return body.substring(start, end);
            }
        }
        throw new IllegalStateException("no unique quote around " + start + ".." + end);
    }

    /** Occurs once, and has no character beyond U+FFFF, which evidence offsets cannot span yet. */
    private boolean occursOnce(int start, int end) {
        String quote = body.substring(start, end);
        if (quote.codePointCount(0, quote.length()) != quote.length()) {
            return false;
        }
        int first = body.indexOf(quote);
        return first >= 0 && body.indexOf(quote, first + 1) < 0;
    }

    private int[] trim(int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private int nextWordEnd(int end) {
        while (end < body.length() && Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        return end;
    }

    private int previousWordStart(int start) {
        while (start > 0 && Character.isWhitespace(body.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
