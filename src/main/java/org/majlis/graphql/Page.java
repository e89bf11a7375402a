package org.majlis.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

/**
 * One page of a Relay connection, cut with {@code first/after/last/before}. Cursors are opaque: positions in the
 * ordered result ({@link #of}), or the sort key of an item ({@link #keyed}), which finds its place through an index
 * however deep the page. {@code first} and {@code last} must lie in 1..{@value #MAX_PAGE_SIZE}: a larger value
 * is an error, never a silent clamp.
 */
public record Page<T>(List<T> items, List<String> cursors, boolean hasPrevious, boolean hasNext,
        Integer totalCount) {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String OFFSET_PREFIX = "o1:";
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
     * Fetches up to {@code limit} rows strictly between the two sort keys (either may be null: no bound), in the
     * result's order, or in the reverse order (from {@code before} towards {@code after}) when {@code backward}.
     */
    @FunctionalInterface
    public interface KeyedFetcher<T, K> {
        List<T> fetch(K after, K before, boolean backward, int limit);
    }

    /** How a sort key is written into a cursor and read back; {@code parse} returns null for a malformed text. */
    public interface KeyCodec<K> {
        String format(K key);

        K parse(String text);
    }

    /**
     * @param counter counts all rows; called only when the client selected {@code totalCount} or pages backwards
     *     from the end, and at most once
     */
    public static <T> Page<T> of(Integer first, String after, Integer last, String before, Fetcher<T> fetcher,
            IntSupplier counter, Selection selection) {
        checkSizes(first, last);
        int start = after == null ? 0 : offset("after", after) + 1; // as Offset.forward
        Integer end = before == null ? null : offset("before", before);
        if (last == null) {
            int size = first == null ? DEFAULT_PAGE_SIZE : first;
            int limit = end == null ? size : Math.max(0, Math.min(size, end - start));
            List<T> rows = limit == 0 ? List.of() : fetcher.fetch(start, limit + 1);
            boolean more = rows.size() > limit;
            return offsetPage(rows.subList(0, Math.min(limit, rows.size())), start, start > 0,
                    more && (end == null || start + limit < end), selection.totalCount() ? counter.getAsInt() : null);
        }
        Integer total = end == null || selection.totalCount() ? counter.getAsInt() : null;
        int stop = end != null ? end : total;
        int from = Math.max(start, stop - last);
        List<T> rows = stop > from ? fetcher.fetch(from, stop - from) : List.of();
        return offsetPage(rows, from, from > start, end != null, total);
    }

    /**
     * A page cut by sort keys: each item's cursor is its own key, so {@code after} continues right behind it and
     * {@code last} without {@code before} reads the result from its end; nothing is counted unless the client
     * selected {@code totalCount}. {@code hasPreviousPage} of a forward page (and {@code hasNextPage} of a backward
     * one) tells only whether a cursor bounded it, as the Relay specification allows.
     */
    public static <T, K> Page<T> keyed(Integer first, String after, Integer last, String before, KeyCodec<K> codec,
            Function<T, K> keyOf, KeyedFetcher<T, K> fetcher, IntSupplier counter, Selection selection) {
        Keyed<K> cut = Keyed.of(first, after, last, before, codec);
        List<T> rows = fetcher.fetch(cut.after(), cut.before(), cut.backward(), cut.limit());
        boolean more = rows.size() > cut.size();
        List<T> items = new ArrayList<>(rows.subList(0, Math.min(cut.size(), rows.size())));
        if (cut.backward()) {
            Collections.reverse(items);
        }
        List<String> cursors = items.stream().map(item -> encode(codec.format(keyOf.apply(item)))).toList();
        Integer total = selection.totalCount() ? counter.getAsInt() : null;
        return cut.backward() ? new Page<>(items, cursors, more, cut.before() != null, total)
                : new Page<>(items, cursors, cut.after() != null, more, total);
    }

    /**
     * How {@link #keyed} cuts a page: the sort keys of the cursors, the direction and the page size; it reads
     * {@link #limit} rows (one more than the page) to tell whether more follow.
     */
    public record Keyed<K>(K after, K before, boolean backward, int size) implements Cut {
        /** @throws BadUserInputException for a page size out of range or a cursor this API did not issue */
        public static <K> Keyed<K> of(Integer first, String after, Integer last, String before, KeyCodec<K> codec) {
            checkSizes(first, last);
            K from = after == null ? null : key("after", after, codec);
            K to = before == null ? null : key("before", before, codec);
            boolean backward = last != null;
            return new Keyed<>(from, to, backward, backward ? last : first == null ? DEFAULT_PAGE_SIZE : first);
        }

        @Override
        public String hasNextSql(String rows) {
            return backward ? String.valueOf(before != null) : more(rows);
        }

        @Override
        public String hasPreviousSql(String rows) {
            return backward ? more(rows) : String.valueOf(after != null);
        }
    }

    /**
     * How {@link #of} cuts a forward page ({@code first}/{@code after}): the offset of its first item and its size;
     * it reads {@link #limit} rows. (Pages cut from the end, {@code last}/{@code before}, need the count first.)
     */
    public record Offset(int start, int size) implements Cut {
        /**
         * @return null for {@code last} or {@code before}
         * @throws BadUserInputException for a page size out of range or a cursor this API did not issue
         */
        public static Offset forward(Integer first, String after, Integer last, String before) {
            checkSizes(first, last);
            if (last != null || before != null) {
                return null;
            }
            return new Offset(after == null ? 0 : offset("after", after) + 1,
                    first == null ? DEFAULT_PAGE_SIZE : first);
        }

        @Override
        public boolean backward() {
            return false;
        }

        /** The SQL of a row's cursor, for the expression of its number in the page (1 = first). */
        public String cursorSql(String rowNumber) {
            return Page.cursorSql("'" + OFFSET_PREFIX + "' || (" + (start - 1) + " + " + rowNumber + ")");
        }

        @Override
        public String hasNextSql(String rows) {
            return more(rows);
        }

        @Override
        public String hasPreviousSql(String rows) {
            return String.valueOf(start > 0);
        }
    }

    /**
     * The SQL form of a page's items and {@link PageInfo}, for the compiled read path: {@code rows} names a relation
     * of the {@link #limit} rows read, numbered by {@code n} (1 = first read) with their cursors (already encoded)
     * in {@code cursor}. Items are the first {@link #size} rows, reversed when {@link #backward}.
     */
    public interface Cut {
        int size();

        boolean backward();

        default int limit() {
            return size() + 1;
        }

        default String itemsCondition(String row) {
            return row + ".n <= " + size();
        }

        /** ORDER BY of the items, over a row alias of {@code rows}. */
        default String itemsOrder(String row) {
            return row + ".n" + (backward() ? " DESC" : "");
        }

        String hasNextSql(String rows);

        String hasPreviousSql(String rows);

        /** True when more rows were read than the page holds. */
        default String more(String rows) {
            return "(SELECT count(*) > " + size() + " FROM " + rows + ")";
        }

        /** SQL of one of the page's {@code pageInfo} fields over {@code rows}, as in {@link Page}; null for others. */
        default String pageInfoSql(String field, String rows) {
            String first = "(SELECT r.cursor FROM " + rows + " r WHERE " + itemsCondition("r") + " ORDER BY "
                    + itemsOrder("r") + " LIMIT 1)";
            String last = "(SELECT r.cursor FROM " + rows + " r WHERE " + itemsCondition("r") + " ORDER BY r.n"
                    + (backward() ? "" : " DESC") + " LIMIT 1)";
            return switch (field) {
                case "hasNextPage" -> hasNextSql(rows);
                case "hasPreviousPage" -> hasPreviousSql(rows);
                case "startCursor" -> first;
                case "endCursor" -> last;
                default -> null;
            };
        }
    }

    /** The SQL form of a cursor for a text expression of its content (what {@link KeyCodec#format} writes). */
    public static String cursorSql(String textExpression) {
        return Base64Url.sql(textExpression);
    }

    public PageInfo pageInfo() {
        return new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
    }

    /** The page's items as Relay edges. */
    public <E> List<E> edges(BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(cursors.get(i), items.get(i)));
        }
        return edges;
    }

    private static <T> Page<T> offsetPage(List<T> items, int start, boolean hasPrevious, boolean hasNext,
            Integer total) {
        List<String> cursors = IntStream.range(0, items.size()).mapToObj(i -> encode(OFFSET_PREFIX + (start + i)))
                .toList();
        return new Page<>(items, cursors, hasPrevious, hasNext, total);
    }

    private static void checkSizes(Integer first, Integer last) {
        checkSize("first", first);
        checkSize("last", last);
        if (first != null && last != null) {
            throw new BadUserInputException("Give `first` or `last`, not both.");
        }
    }

    private static void checkSize(String argument, Integer size) {
        if (size != null && (size < 1 || size > MAX_PAGE_SIZE)) {
            throw new BadUserInputException("`" + argument + "` must be between 1 and " + MAX_PAGE_SIZE + " (got "
                    + size + "). Page through larger results with `after`/`before`.");
        }
    }

    private static String encode(String cursor) {
        return Base64Url.encode(cursor);
    }

    private static int offset(String argument, String cursor) {
        String decoded = Base64Url.decode(cursor);
        if (decoded != null && decoded.startsWith(OFFSET_PREFIX)) {
            try {
                int offset = Integer.parseInt(decoded.substring(OFFSET_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw invalid(argument, cursor);
    }

    private static <K> K key(String argument, String cursor, KeyCodec<K> codec) {
        String decoded = Base64Url.decode(cursor);
        K key = decoded == null ? null : codec.parse(decoded);
        if (key == null) {
            throw invalid(argument, cursor);
        }
        return key;
    }

    private static BadUserInputException invalid(String argument, String cursor) {
        return new BadUserInputException("`" + argument + "` is not a valid cursor: '" + GlobalId.abbreviate(cursor)
                + "'. Use a `cursor`, `startCursor` or `endCursor` from a previous page of the same query.");
    }
}
