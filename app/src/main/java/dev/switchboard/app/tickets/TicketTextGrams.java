package dev.switchboard.app.tickets;

import java.util.Arrays;

/**
 * Which rows' search texts hold each pair of adjacent characters and each non-ASCII character
 * (UTF-16 code units, as {@link String#contains} compares them): a text that contains a needle
 * contains every pair of the needle's adjacent characters (a one-character needle: that character),
 * so a row missing one of them cannot match and need not be tested. The candidates it gives are a
 * superset of the matches: {@link TicketListIndex} still confirms each with the substring test, so
 * the index only prunes and results stay exactly those of testing every row. A single ASCII
 * character has no posting: every row is its candidate.
 *
 * <p>Postings are kept only for the characters and pairs that occur. A posting is the ascending
 * row positions holding it ({@code int[]}) while that is smaller than a bitset over all rows, else
 * the bitset ({@code long[]}, one bit a row): a pair in most rows (" a", "e ") costs n/8 bytes, not
 * 4n. Immutable once built; built off the FX thread.
 */
final class TicketTextGrams {

    /** Keys of single characters are apart from those of pairs (a pair's key is at most 32 bits). */
    private static final long SINGLE = 1L << 32;

    private final int rows;
    /** Open addressing: a key's slot holds the key and its posting's number + 1 (0: an empty slot). */
    private final long[] slotKeys;
    private final int[] slotPostings;
    private final Object[] postings;
    private final int[] counts;

    private TicketTextGrams(int rows, long[] slotKeys, int[] slotPostings, Object[] postings, int[] counts) {
        this.rows = rows;
        this.slotKeys = slotKeys;
        this.slotPostings = slotPostings;
        this.postings = postings;
        this.counts = counts;
    }

    /** The postings of {@code texts} (already lowered as searched), in one pass over them. */
    static TicketTextGrams of(String[] texts) {
        Builder builder = new Builder(texts.length);
        for (int row = 0; row < texts.length; row++) {
            String text = texts[row];
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    builder.add(builder.singleId(c), row);
                }
                if (i + 1 < length) {
                    builder.add(builder.pairId(c, text.charAt(i + 1)), row);
                }
            }
        }
        return builder.build();
    }

    /**
     * The rows that may contain {@code needle} (non-empty), one bit a row: every row whose text
     * contains it is among them; null when a character or pair of the needle occurs in no row.
     */
    long[] candidates(String needle) {
        if (needle.length() == 1 && needle.charAt(0) < 0x80) {
            return allRows();
        }
        int grams = needle.length() == 1 ? 1 : needle.length() - 1;
        Object[] lists = new Object[grams];
        int[] sizes = new int[grams];
        for (int i = 0; i < grams; i++) {
            long key = needle.length() == 1 ? SINGLE | needle.charAt(0) : pair(needle.charAt(i), needle.charAt(i + 1));
            int posting = postingOf(key);
            if (posting < 0) {
                return null;
            }
            lists[i] = postings[posting];
            sizes[i] = counts[posting];
        }
        sortBySize(lists, sizes);
        long[] bits = new long[(rows + 63) >>> 6];
        if (lists[0] instanceof int[] fewest) {
            next:
            for (int row : fewest) {
                for (int i = 1; i < grams; i++) {
                    if (!holds(lists[i], row)) {
                        continue next;
                    }
                }
                bits[row >>> 6] |= 1L << row;
            }
        } else {
            System.arraycopy((long[]) lists[0], 0, bits, 0, bits.length);
            for (int i = 1; i < grams; i++) { // bitsets too: a posting is a bitset exactly when it lists more than 2 rows a word
                long[] other = (long[]) lists[i];
                for (int w = 0; w < bits.length; w++) {
                    bits[w] &= other[w];
                }
            }
        }
        return bits;
    }

    /** Every row: a single ASCII character is in most rows (or, as "q", rare and typed on the way to a word), not worth its postings. */
    private long[] allRows() {
        long[] bits = new long[(rows + 63) >>> 6];
        Arrays.fill(bits, -1L);
        return bits;
    }

    /** The heap the postings and their table take, in bytes (approximate: 16-byte array headers). */
    long bytes() {
        long total = 16L + slotKeys.length * 8L + 16 + slotPostings.length * 4L + 16 + postings.length * 4L + 16 + counts.length * 4L;
        for (Object posting : postings) {
            total += 16 + (posting instanceof int[] few ? few.length * 4L : ((long[]) posting).length * 8L);
        }
        return total;
    }

    private static long pair(char first, char second) {
        return ((long) first << 16) | second;
    }

    private int postingOf(long key) {
        int mask = slotKeys.length - 1;
        for (int slot = slot(key, mask); slotPostings[slot] != 0; slot = (slot + 1) & mask) {
            if (slotKeys[slot] == key) {
                return slotPostings[slot] - 1;
            }
        }
        return -1;
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private static boolean holds(Object posting, int row) {
        return posting instanceof int[] few ? Arrays.binarySearch(few, row) >= 0 : (((long[]) posting)[row >>> 6] & (1L << row)) != 0;
    }

    /** Smallest first (a needle has few pairs: an insertion sort). */
    private static void sortBySize(Object[] lists, int[] sizes) {
        for (int i = 1; i < lists.length; i++) {
            for (int j = i; j > 0 && sizes[j] < sizes[j - 1]; j--) {
                int size = sizes[j];
                sizes[j] = sizes[j - 1];
                sizes[j - 1] = size;
                Object list = lists[j];
                lists[j] = lists[j - 1];
                lists[j - 1] = list;
            }
        }
    }

    /**
     * Grows the postings while the rows are read in ascending order (so each posting comes out sorted).
     * Characters and pairs of ASCII characters (most of a row: numbers, e-mails, tags, names) find
     * their posting by direct address, other pairs through a hash table: the build reads every
     * character of every row twice.
     */
    private static final class Builder {
        private final int rows;
        private final int words;
        /** A character's posting number + 1 (0: none yet). */
        private final int[] singles = new int[1 << 16];
        /** A pair of ASCII characters' posting number + 1, at (first << 7 | second). */
        private final int[] asciiPairs = new int[1 << 14];
        private long[] slotKeys = new long[1 << 12];
        private int[] slotPostings = new int[1 << 12];
        private long[] keys = new long[1 << 11];
        private int[][] growing = new int[1 << 11][];
        /** A posting turned into a bitset once its list would outgrow one. */
        private long[][] dense = new long[1 << 11][];
        private int[] sizes = new int[1 << 11];
        /** The row each posting last took + 1: a character or pair seen twice in a row is listed once. */
        private int[] lastRow = new int[1 << 11];
        private int count;

        Builder(int rows) {
            this.rows = rows;
            this.words = (rows + 63) >>> 6;
        }

        int singleId(char c) {
            int posting = singles[c];
            if (posting == 0) {
                posting = newPosting(SINGLE | c);
                singles[c] = posting;
            }
            return posting - 1;
        }

        int pairId(char first, char second) {
            if ((first | second) < 0x80) {
                int at = first << 7 | second;
                int posting = asciiPairs[at];
                if (posting == 0) {
                    posting = newPosting(pair(first, second));
                    asciiPairs[at] = posting;
                }
                return posting - 1;
            }
            long key = pair(first, second);
            int mask = slotKeys.length - 1;
            int slot = slot(key, mask);
            while (slotPostings[slot] != 0) {
                if (slotKeys[slot] == key) {
                    return slotPostings[slot] - 1;
                }
                slot = (slot + 1) & mask;
            }
            int posting = newPosting(key);
            slotKeys[slot] = key;
            slotPostings[slot] = posting;
            if (posting * 2 > slotKeys.length) {
                rehash(slotKeys.length * 2);
            }
            return posting - 1;
        }

        void add(int posting, int row) {
            if (lastRow[posting] == row + 1) {
                return;
            }
            lastRow[posting] = row + 1;
            sizes[posting]++;
            if (dense[posting] != null) {
                dense[posting][row >>> 6] |= 1L << row;
                return;
            }
            int[] list = growing[posting];
            if (sizes[posting] > list.length) {
                if (list.length * 4L >= words * 8L) { // a bitset is no larger now: no list of 4n bytes, no copies of it
                    dense[posting] = bitset(list, list.length);
                    dense[posting][row >>> 6] |= 1L << row;
                    growing[posting] = null;
                    return;
                }
                list = Arrays.copyOf(list, list.length * 2);
                growing[posting] = list;
            }
            list[sizes[posting] - 1] = row;
        }

        private long[] bitset(int[] list, int size) {
            long[] bits = new long[words];
            for (int j = 0; j < size; j++) {
                bits[list[j] >>> 6] |= 1L << list[j];
            }
            return bits;
        }

        /** A new posting for {@code key}: its number + 1. */
        private int newPosting(long key) {
            if (count == growing.length) {
                keys = Arrays.copyOf(keys, count * 2);
                growing = Arrays.copyOf(growing, count * 2);
                dense = Arrays.copyOf(dense, count * 2);
                sizes = Arrays.copyOf(sizes, count * 2);
                lastRow = Arrays.copyOf(lastRow, count * 2);
            }
            keys[count] = key;
            growing[count] = new int[4];
            return ++count;
        }

        /** The hashed pairs in a table of {@code capacity} slots. */
        private void rehash(int capacity) {
            long[] newKeys = new long[capacity];
            int[] numbers = new int[capacity];
            int mask = capacity - 1;
            for (int i = 0; i < slotKeys.length; i++) {
                if (slotPostings[i] != 0) {
                    put(newKeys, numbers, mask, slotKeys[i], slotPostings[i]);
                }
            }
            slotKeys = newKeys;
            slotPostings = numbers;
        }

        private static void put(long[] table, int[] numbers, int mask, long key, int number) {
            int slot = slot(key, mask);
            while (numbers[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = key;
            numbers[slot] = number;
        }

        /** Each posting as the smaller of its row list and a bitset over all rows, all keys in one table at most half full. */
        TicketTextGrams build() {
            Object[] postings = new Object[count];
            for (int i = 0; i < count; i++) {
                if (dense[i] != null) {
                    postings[i] = dense[i];
                } else if (sizes[i] * 4L > words * 8L) {
                    postings[i] = bitset(growing[i], sizes[i]);
                } else {
                    postings[i] = Arrays.copyOf(growing[i], sizes[i]);
                }
                growing[i] = null;
            }
            int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) * 2;
            long[] table = new long[capacity];
            int[] numbers = new int[capacity];
            for (int i = 0; i < count; i++) {
                put(table, numbers, capacity - 1, keys[i], i + 1);
            }
            return new TicketTextGrams(rows, table, numbers, postings, Arrays.copyOf(sizes, count));
        }
    }
}
