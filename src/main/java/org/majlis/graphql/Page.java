package org.majlis.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/**
 * One page of a Relay connection, cut with {@code first/after/last/before}. Cursors are opaque positions in
 * the ordered result. {@code first} and {@code last} must lie in 1..{@value #MAX_PAGE_SIZE}: a larger value
 * is an error, never a silent clamp.
 */
public record Page<T>(List<T> items, int startOffset, boolean hasPrevious, boolean hasNext, Integer totalCount) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String CURSOR_PREFIX = "o1:";
    /** Descriptions of the paging arguments, the same on every connection. */
    public static final String FIRST = "Return the first n items (1 to 100; 20 when neither first nor last is given).";
    public static final String AFTER = "Return the items after this cursor.";
    public static final String LAST = "Return the last n items (1 to 100).";
    public static final String BEFORE = "Return the items before this cursor.";

    /** Fetches {@code limit} rows of the ordered result starting at {@code offset}. */
    @FunctionalInterface
    public interface Fetcher<T> {
        List<T> fetch(int offset, int limit);
    }

    /**
     * @param counter counts all rows; called only when the client selected {@code totalCount} or pages backwards
     *     from the end, and at most once
     */
    public static <T> Page<T> of(Integer first, String after, Integer last, String before, Fetcher<T> fetcher,
            IntSupplier counter, Selection selection) {
        checkSize("first", first);
        checkSize("last", last);
        if (first != null && last != null) {
            throw new BadUserInputException("Give `first` or `last`, not both.");
        }
        int start = after == null ? 0 : decode("after", after) + 1;
        Integer end = before == null ? null : decode("before", before);
        if (last == null) {
            int size = first == null ? DEFAULT_PAGE_SIZE : first;
            int limit = end == null ? size : Math.max(0, Math.min(size, end - start));
            List<T> rows = limit == 0 ? List.of() : fetcher.fetch(start, limit + 1);
            boolean more = rows.size() > limit;
            return new Page<>(rows.subList(0, Math.min(limit, rows.size())), start, start > 0,
                    more && (end == null || start + limit < end), selection.totalCount() ? counter.getAsInt() : null);
        }
        Integer total = end == null || selection.totalCount() ? counter.getAsInt() : null;
        int stop = end != null ? end : total;
        int from = Math.max(start, stop - last);
        List<T> rows = stop > from ? fetcher.fetch(from, stop - from) : List.of();
        return new Page<>(rows, from, from > start, end != null, total);
    }

    public String cursor(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + (startOffset + index)).getBytes(StandardCharsets.UTF_8));
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious, items.isEmpty() ? null : cursor(0),
                items.isEmpty() ? null : cursor(items.size() - 1));
    }

    /** The page's items as Relay edges. */
    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(cursor(i), items.get(i)));
        }
        return edges;
    }

    private static void checkSize(String argument, Integer size) {
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw new BadUserInputException("`" + argument + "` must be between 1 and " + MAX_PAGE_SIZE + " (got "
                    + size + "). Page through larger results with `after`/`before`.");
        }
    }

    private static int decode(String argument, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below (NumberFormatException is an IllegalArgumentException)
        }
        throw new BadUserInputException("`" + argument + "` is not a valid cursor: '" + GlobalId.abbreviate(cursor)
                + "'. Use a `cursor`, `startCursor` or `endCursor` from a previous page of the same query.");
    }
}
