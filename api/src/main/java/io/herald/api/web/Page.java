package io.herald.api.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total so clients can draw their pager. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** Rows {@code offset} to {@code offset + limit} of a list, and the length of the whole list. */
    public record Slice<T>(List<T> items, long total) {
    }

    /** A query that reads a slice, typically with {@code COUNT(*) OVER ()} as the total beside each row. */
    @FunctionalInterface
    public interface Query<T> {
        Slice<T> read(int offset, int limit);
    }

    /**
     * The page that {@code paging} asks for. A page past the end has no row to carry the total, so then the first
     * row is read just for it.
     */
    public static <T> Page<T> read(Paging paging, Query<T> query) {
        Slice<T> slice = query.read(paging.offset(), paging.size());
        long total = slice.items().isEmpty() && paging.offset() > 0 ? query.read(0, 1).total() : slice.total();
        return new Page<>(slice.items(), paging.page(), paging.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
