package io.herald.common.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An inverted index of a library for ranking its items against a draft (BM25F, see {@link Bm25} and
 * {@link RankTerms}).
 *
 * <p>Everything that does not depend on the draft is computed when the index is built: each posting holds the item's
 * final contribution for its term. Ranking then only adds up the postings of the draft's terms, so its cost grows with
 * how many items share the draft's words, not with the size of the library, and it allocates no array as large as the
 * library: the score array is kept between calls. Immutable and safe to share between threads.
 */
public final class RankIndex {

    /**
     * The most terms of a draft that are looked up, rarest first. A short draft uses all of its terms; a long one is
     * ranked by its 128 most telling terms, which bounds the work per keystroke whatever the draft's length, and drops
     * only terms so common in the library that they hardly tell items apart.
     */
    static final int MAX_DRAFT_TERMS = 128;

    private final String[] ids;
    /** Per level (see {@link RankTerms}), the term's key. */
    private final List<Map<String, Integer>> dictionaries;
    /** Per folded word of the library, its keys per level (-1 where it has none), to skip building prefixes. */
    private final Map<String, int[]> wordKeys;
    private final int[][] postingItems;
    private final double[][] postingImpacts;
    /** One score array kept for the next call; a concurrent call takes a fresh one. */
    private final AtomicReference<Scores> spareScores = new AtomicReference<>();

    private RankIndex(String[] ids, List<Map<String, Integer>> dictionaries, Map<String, int[]> wordKeys,
            int[][] postingItems, double[][] postingImpacts) {
        this.ids = ids;
        this.dictionaries = dictionaries;
        this.wordKeys = wordKeys;
        this.postingItems = postingItems;
        this.postingImpacts = postingImpacts;
    }

    /** Indexes {@code documents}; their order breaks ties between equal scores. */
    public static RankIndex build(List<RankDocument> documents) {
        return new Builder(documents).build();
    }

    /** The number of items in the index. */
    public int size() {
        return ids.length;
    }

    /**
     * The at most {@code limit} items that match {@code draft} best, best first. Items that share no word with the
     * draft are never returned, so a draft without words gives an empty list.
     */
    public List<RankHit> rank(String draft, int limit) {
        if (limit <= 0 || ids.length == 0) {
            return List.of();
        }
        Scores scores = spareScores.getAndSet(null);
        if (scores == null) {
            scores = new Scores(ids.length);
        }
        try {
            accumulate(draft, scores);
            return best(scores, limit);
        } finally {
            scores.clear();
            spareScores.set(scores);
        }
    }

    private void accumulate(String draft, Scores scores) {
        int[] keys = new int[16];
        int count = 0;
        for (String word : RankTerms.words(draft)) {
            int[] known = wordKeys.get(word);
            for (int level = 0; level < RankTerms.LEVELS; level++) {
                int key = known != null ? known[level] : keyOf(word, level);
                if (key >= 0) {
                    if (count == keys.length) {
                        keys = Arrays.copyOf(keys, count * 2);
                    }
                    keys[count++] = key;
                }
            }
        }
        count = distinct(keys, count);
        if (count > MAX_DRAFT_TERMS) {
            count = rarest(keys, count, MAX_DRAFT_TERMS);
        }
        for (int i = 0; i < count; i++) {
            scores.add(postingItems[keys[i]], postingImpacts[keys[i]]);
        }
    }

    private int keyOf(String word, int level) {
        String term = RankTerms.term(word, level);
        Integer key = term == null ? null : dictionaries.get(level).get(term);
        return key == null ? -1 : key;
    }

    /** Sorts the keys and drops repeats; returns how many remain. */
    private static int distinct(int[] keys, int count) {
        Arrays.sort(keys, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || keys[kept - 1] != keys[i]) {
                keys[kept++] = keys[i];
            }
        }
        return kept;
    }

    /** Moves the {@code limit} keys with the shortest posting lists (the rarest terms) to the front, in order. */
    private int rarest(int[] keys, int count, int limit) {
        long[] byLength = new long[count];
        for (int i = 0; i < count; i++) {
            byLength[i] = (long) postingItems[keys[i]].length << 32 | keys[i];
        }
        Arrays.sort(byLength);
        for (int i = 0; i < limit; i++) {
            keys[i] = (int) byLength[i];
        }
        return limit;
    }

    private List<RankHit> best(Scores scores, int limit) {
        // A min-heap of the best items so far, worst on top, so each item costs at most log(limit).
        int[] heap = new int[Math.min(limit, scores.touchedCount)];
        int size = 0;
        for (int i = 0; i < scores.touchedCount; i++) {
            int item = scores.touched[i];
            if (size < heap.length) {
                heap[size] = item;
                siftUp(heap, size++, scores);
            } else if (better(item, heap[0], scores)) {
                heap[0] = item;
                siftDown(heap, size, scores);
            }
        }
        List<RankHit> hits = new ArrayList<>(size);
        while (size > 0) {
            int worst = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size, scores);
            hits.add(new RankHit(ids[worst], rounded(scores.score[worst])));
        }
        List<RankHit> bestFirst = new ArrayList<>(hits.size());
        for (int i = hits.size() - 1; i >= 0; i--) {
            bestFirst.add(hits.get(i));
        }
        return bestFirst;
    }

    /** Scores are compared as reported, rounded, so equal-looking scores are ordered by library order. */
    private static boolean better(int item, int other, Scores scores) {
        double score = rounded(scores.score[item]);
        double otherScore = rounded(scores.score[other]);
        return score > otherScore || score == otherScore && item < other;
    }

    private static void siftUp(int[] heap, int at, Scores scores) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], scores)) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, Scores scores) {
        int at = 0;
        while (true) {
            int worst = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && better(heap[worst], heap[left], scores)) {
                worst = left;
            }
            if (right < size && better(heap[worst], heap[right], scores)) {
                worst = right;
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }

    private static double rounded(double score) {
        return Math.floor(score * 10000.0 + 0.5) / 10000.0;
    }

    /** Per-item score accumulators and the list of items touched, reset after each call. */
    private static final class Scores {
        final double[] score;
        final int[] touched;
        int touchedCount;

        Scores(int items) {
            score = new double[items];
            touched = new int[items];
        }

        void add(int[] items, double[] impacts) {
            for (int i = 0; i < items.length; i++) {
                int item = items[i];
                if (score[item] == 0.0) {
                    // Impacts are positive, so a zero score means the item was not touched yet.
                    touched[touchedCount++] = item;
                }
                score[item] += impacts[i];
            }
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                score[touched[i]] = 0.0;
            }
            touchedCount = 0;
        }
    }

    /**
     * Builds the index in one pass over the library, then turns term counts into impacts. Each distinct word is turned
     * into its terms once; after that a word costs one map lookup, and an item's counts are gathered in arrays indexed
     * by key rather than in a map per item.
     */
    private static final class Builder {
        private final List<RankDocument> documents;
        private final int[][] fieldLengths;
        private final List<Map<String, Integer>> dictionaries = new ArrayList<>();
        private final Map<String, int[]> wordKeys = new HashMap<>();
        private final List<PostingList> postings = new ArrayList<>();
        /** Per key, the last item that used it and the key's slot among that item's keys. */
        private int[] lastItem = new int[1024];
        private int[] slot = new int[1024];
        private int[] itemKeys = new int[256];
        private int[] itemCounts = new int[256 * Bm25.FIELDS];
        private int itemKeyCount;

        Builder(List<RankDocument> documents) {
            this.documents = documents;
            this.fieldLengths = new int[documents.size()][Bm25.FIELDS];
            for (int level = 0; level < RankTerms.LEVELS; level++) {
                dictionaries.add(new HashMap<>());
            }
        }

        RankIndex build() {
            String[] ids = new String[documents.size()];
            for (int item = 0; item < documents.size(); item++) {
                RankDocument document = documents.get(item);
                ids[item] = document.id();
                itemKeyCount = 0;
                count(item, Bm25.TITLE, document.title());
                count(item, Bm25.SUMMARY, document.summary());
                for (String caption : document.captions()) {
                    count(item, Bm25.CAPTIONS, caption);
                }
                for (String topic : document.topics()) {
                    count(item, Bm25.TOPICS, topic);
                }
                // Keys in first-use order, never map order, so that the JVM and TeaVM build the same index.
                for (int i = 0; i < itemKeyCount; i++) {
                    postings.get(itemKeys[i]).add(item, PostingList.pack(itemCounts, i * Bm25.FIELDS));
                }
            }
            double[] averageLengths = averageLengths();
            int[][] postingItems = new int[postings.size()][];
            double[][] postingImpacts = new double[postings.size()][];
            for (int key = 0; key < postings.size(); key++) {
                PostingList list = postings.get(key);
                postingItems[key] = Arrays.copyOf(list.items, list.size);
                postingImpacts[key] = list.impacts(documents.size(), fieldLengths, averageLengths);
            }
            return new RankIndex(ids, dictionaries, wordKeys, postingItems, postingImpacts);
        }

        private void count(int item, int field, String text) {
            for (String word : RankTerms.words(text)) {
                fieldLengths[item][field]++;
                int[] keys = wordKeys.get(word);
                if (keys == null) {
                    keys = new int[RankTerms.LEVELS];
                    for (int level = 0; level < RankTerms.LEVELS; level++) {
                        String term = RankTerms.term(word, level);
                        keys[level] = term == null ? -1 : keyFor(level, term);
                    }
                    wordKeys.put(word, keys);
                }
                for (int key : keys) {
                    if (key >= 0) {
                        // The slot first: opening one may replace the counts array.
                        int keySlot = slotFor(key, item);
                        itemCounts[keySlot * Bm25.FIELDS + field]++;
                    }
                }
            }
        }

        private int keyFor(int level, String term) {
            Integer key = dictionaries.get(level).get(term);
            if (key != null) {
                return key;
            }
            int created = postings.size();
            dictionaries.get(level).put(term, created);
            postings.add(new PostingList(level));
            if (created == lastItem.length) {
                lastItem = Arrays.copyOf(lastItem, created * 2);
                slot = Arrays.copyOf(slot, created * 2);
            }
            lastItem[created] = -1;
            return created;
        }

        /** The key's slot among the current item's keys, opening one (with zero counts) on first use. */
        private int slotFor(int key, int item) {
            if (lastItem[key] == item) {
                return slot[key];
            }
            if (itemKeyCount == itemKeys.length) {
                itemKeys = Arrays.copyOf(itemKeys, itemKeyCount * 2);
                itemCounts = Arrays.copyOf(itemCounts, itemKeyCount * 2 * Bm25.FIELDS);
            }
            lastItem[key] = item;
            slot[key] = itemKeyCount;
            itemKeys[itemKeyCount] = key;
            Arrays.fill(itemCounts, itemKeyCount * Bm25.FIELDS, (itemKeyCount + 1) * Bm25.FIELDS, 0);
            return itemKeyCount++;
        }

        private double[] averageLengths() {
            double[] averages = new double[Bm25.FIELDS];
            for (int field = 0; field < Bm25.FIELDS; field++) {
                long total = 0;
                for (int[] lengths : fieldLengths) {
                    total += lengths[field];
                }
                averages[field] = total == 0 ? 1.0 : (double) total / fieldLengths.length;
            }
            return averages;
        }
    }

    /**
     * The items a key occurs in, with the key's count per field in each, growing while the library is read. The four
     * counts share one int, a byte each (a word used more than 255 times in one field is counted 255 times: BM25 has
     * long stopped caring), which keeps the index under construction small.
     */
    private static final class PostingList {
        final int level;
        int[] items = new int[4];
        int[] packedFrequencies = new int[4];
        int size;

        PostingList(int level) {
            this.level = level;
        }

        static int pack(int[] frequencies, int from) {
            int packed = 0;
            for (int field = 0; field < Bm25.FIELDS; field++) {
                packed |= Math.min(frequencies[from + field], 255) << (8 * field);
            }
            return packed;
        }

        void add(int item, int packed) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                packedFrequencies = Arrays.copyOf(packedFrequencies, size * 2);
            }
            items[size] = item;
            packedFrequencies[size] = packed;
            size++;
        }

        double[] impacts(int documents, int[][] fieldLengths, double[] averageLengths) {
            double idf = Bm25.idf(documents, size);
            double[] impacts = new double[size];
            int[] frequencies = new int[Bm25.FIELDS];
            for (int i = 0; i < size; i++) {
                for (int field = 0; field < Bm25.FIELDS; field++) {
                    frequencies[field] = packedFrequencies[i] >>> (8 * field) & 0xFF;
                }
                double frequency = Bm25.weightedFrequency(frequencies, fieldLengths[items[i]], averageLengths);
                impacts[i] = Bm25.LEVEL_WEIGHTS[level] * idf * Bm25.saturate(frequency);
            }
            return impacts;
        }
    }
}
