package dev.corroborate.cluster;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A sparse vector held as an array of keys and a weight by position ({@link CompactVector},
 * {@link PlacedVector}): read as a map, iterated in the keys' order; each kind says how a key is
 * found and how its weight is held.
 */
abstract class ArrayVector extends AbstractMap<String, Double> {

    /** The keys, in the order the vector iterates them. */
    final String[] keys;

    ArrayVector(String[] keys) {
        this.keys = keys;
    }

    /** The position of {@code key} in {@link #keys}, or a negative number. */
    abstract int positionOf(Object key);

    /** The weight at {@code position}. */
    abstract double weightAt(int position);

    @Override
    public Double get(Object key) {
        int at = positionOf(key);
        return at < 0 ? null : weightAt(at);
    }

    @Override
    public boolean containsKey(Object key) {
        return positionOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Double> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], weightAt(at));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
