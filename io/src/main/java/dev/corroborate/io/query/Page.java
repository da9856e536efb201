package dev.corroborate.io.query;

import java.util.List;

/**
 * One page of a longer list: the items from {@code offset}, at most {@code limit}, and how many
 * there are in all. Immutable; never {@code null} items.
 *
 * @param total  how many items the whole list holds
 * @param offset the index of the first item shown
 * @param limit  the most items a page holds
 * @param items  the items shown
 */
public record Page<T>(int total, int offset, int limit, List<T> items) {

    public Page {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        items = List.copyOf(items);
    }

    /** The page of {@code all} from {@code offset}, at most {@code limit} items. */
    public static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.size(), offset, limit, all.subList(from, to));
    }
}
