package io.herald.common.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final String[] ids;
    private final Map<String, Integer> keyIds;
    private final int[][] postingItems;
    private final double[][] postingImpacts;
    /** One score array kept for the next call; a concurrent call takes a fresh one. */
    private final AtomicReference<Scores> spareScores = new AtomicReference<>();

    private RankIndex(String[] ids, Map<String, Integer> keyIds, int[][] postingItems, double[][] postingImpacts) {
        this.ids = ids;
        this.keyIds = keyIds;
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
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (String word : RankTerms.words(draft)) {
            keys.clear();
            RankTerms.keys(word, keys);
            for (String key : keys) {
                if (!seen.add(key)) {
                    continue;
                }
                Integer keyId = keyIds.get(key);
                if (keyId != null) {
                    scores.add(postingItems[keyId], postingImpacts[keyId]);
                }
            }
        }
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

    /** Builds the index in one pass over the library, then turns term counts into impacts. */
    private static final class Builder {
        private final List<RankDocument> documents;
        private final int[][] fieldLengths;
        private final Map<String, Integer> keyIds = new HashMap<>();
        private final List<PostingList> postings = new ArrayList<>();

        Builder(List<RankDocument> documents) {
            this.documents = documents;
            this.fieldLengths = new int[documents.size()][Bm25.FIELDS];
        }

        RankIndex build() {
            Map<String, int[]> counts = new HashMap<>();
            List<String> itemKeys = new ArrayList<>();
            List<String> wordKeys = new ArrayList<>();
            String[] ids = new String[documents.size()];
            for (int item = 0; item < documents.size(); item++) {
                RankDocument document = documents.get(item);
                ids[item] = document.id();
                counts.clear();
                itemKeys.clear();
                count(item, Bm25.TITLE, List.of(document.title()), counts, itemKeys, wordKeys);
                count(item, Bm25.SUMMARY, List.of(document.summary()), counts, itemKeys, wordKeys);
                count(item, Bm25.CAPTIONS, document.captions(), counts, itemKeys, wordKeys);
                count(item, Bm25.TOPICS, document.topics(), counts, itemKeys, wordKeys);
                // Keys in first-seen order, not map order, so that the JVM and TeaVM build the same index.
                for (String key : itemKeys) {
                    Integer keyId = keyIds.get(key);
                    if (keyId == null) {
                        keyId = postings.size();
                        keyIds.put(key, keyId);
                        postings.add(new PostingList(RankTerms.level(key)));
                    }
                    postings.get(keyId).add(item, PostingList.pack(counts.get(key)));
                }
            }
            double[] averageLengths = averageLengths();
            int[][] postingItems = new int[postings.size()][];
            double[][] postingImpacts = new double[postings.size()][];
            for (int keyId = 0; keyId < postings.size(); keyId++) {
                PostingList list = postings.get(keyId);
                postingItems[keyId] = Arrays.copyOf(list.items, list.size);
                postingImpacts[keyId] = list.impacts(documents.size(), fieldLengths, averageLengths);
            }
            return new RankIndex(ids, keyIds, postingItems, postingImpacts);
        }

        private void count(int item, int field, List<String> texts, Map<String, int[]> counts, List<String> itemKeys,
                List<String> wordKeys) {
            for (String text : texts) {
                for (String word : RankTerms.words(text)) {
                    fieldLengths[item][field]++;
                    wordKeys.clear();
                    RankTerms.keys(word, wordKeys);
                    for (String key : wordKeys) {
                        int[] frequencies = counts.get(key);
                        if (frequencies == null) {
                            frequencies = new int[Bm25.FIELDS];
                            counts.put(key, frequencies);
                            itemKeys.add(key);
                        }
                        frequencies[field]++;
                    }
                }
            }
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

        static int pack(int[] frequencies) {
            int packed = 0;
            for (int field = 0; field < Bm25.FIELDS; field++) {
                packed |= Math.min(frequencies[field], 255) << (8 * field);
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
