package org.newsgeo.mentions;

import java.util.Arrays;

/**
 * A trie over folded names, walked from each word start: the cost per start is bounded by the
 * longest name, so matching is linear in the text. While names are added, transitions live in an
 * open-addressing hash table keyed by (node, char); {@link #freeze} then lays them out as one sorted
 * array of packed edges per node (char, child and whether the child ends a name, side by side), so a
 * step reads two cache lines instead of a random hash slot, and the hash table is dropped. The
 * matcher's cost is cache misses, not instructions: every table here is sized with that in mind.
 */
final class NameTrie {
    // One long per transition: (node << 16 | char) + 1 in the high 40 bits, the child in the low 24,
    // so a probe touches one cache line. 0 is an empty slot.
    private long[] table = new long[1 << 16];
    private int size;
    private int nodes = 1;                         // node 0 is the root
    private int[][] payload = new int[1024][];     // node -> variant ids ending there
    // After freeze: the children of node x are edges[edgeStart[x] .. edgeStart[x + 1]), sorted by
    // char, each packed as char << 32 | child (with ENDS set when names end at the child). Null while
    // names are still being added.
    private int[] edgeStart;
    private long[] edges;
    /** Set in a child returned by {@link #step} when names end at that child: only then read {@link #payload}. */
    static final int ENDS = 1 << 30;
    private static final int NODE = (1 << 24) - 1;
    // Most word starts begin no name. Small tables answer that before the trie is touched: the root's
    // children by char, and bit sets of the first two and three chars of every key, sized at freeze to
    // about 16 bits per key prefix (a few per cent false positives, each costing a short walk) so that
    // they stay in the CPU cache.
    private final int[] rootChild = new int[65536];
    private final FirstWords firstWords = new FirstWords();
    private java.util.Set<Long> prefixes = new java.util.HashSet<>();   // until freeze
    private long[] firstPairs;
    private long[] firstTriples;
    private int pairBits;
    private int tripleBits;

    /**
     * Adds a folded key; variant ids end at the key's last node. inflects: the key may run on into a
     * case ending inside the same word.
     */
    void add(String key, int variant, boolean inflects) {
        if (edgeStart != null) throw new IllegalStateException("frozen");
        firstWords.add(key, inflects);
        if (key.length() == 2) {
            prefixes.add((long) key.charAt(0) << 16 | key.charAt(1));
        } else if (key.length() > 2) {
            prefixes.add(1L << 48 | (long) key.charAt(0) << 32 | (long) key.charAt(1) << 16 | key.charAt(2));
        }
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int next = child(node, key.charAt(i));
            if (next < 0) {
                next = nodes++;
                put(node, key.charAt(i), next);
            }
            node = next;
        }
        if (node >= payload.length) payload = Arrays.copyOf(payload, Math.max(node + 1, payload.length * 2));
        int[] p = payload[node];
        if (p == null) {
            payload[node] = new int[] {variant};
        } else {
            for (int v : p) if (v == variant) return;
            p = Arrays.copyOf(p, p.length + 1);
            p[p.length - 1] = variant;
            payload[node] = p;
        }
    }

    /** Could a key start with chars a, b (and c, when it is longer than two)? False means certainly not. */
    boolean mayStart(char a, char b, char c) {
        int h = pairHash(a, b) >>> (32 - pairBits);
        if ((firstPairs[h >>> 6] & (1L << h)) != 0) return true;
        h = tripleHash(a, b, c) >>> (32 - tripleBits);
        return (firstTriples[h >>> 6] & (1L << h)) != 0;
    }

    /** Can a name of this trie start with the spaced-script word at folded index i? See {@link FirstWords}. */
    boolean mayStartWord(char[] c, int n, int i) {
        return firstWords.mayStart(c, n, i);
    }

    private static int tripleHash(char a, char b, char c) {
        return (a * 0x9E3779B1) ^ (b * 0x85EBCA6B) ^ (c * 0xC2B2AE35);
    }

    private static int pairHash(char a, char b) {
        return (a * 0x9E3779B1) ^ (b * 0x85EBCA6B);
    }

    /** The child of node by c, or -1. */
    int child(int node, char c) {
        if (node == 0) return (rootChild[c] - 1) & NODE | (rootChild[c] == 0 ? -1 : 0);
        if (edgeStart != null) {
            int x = step(node, c);
            return x < 0 ? -1 : x & NODE;
        }
        long k = (((long) node << 16) | c) + 1;
        int mask = table.length - 1;
        int i = mix(k) & mask;
        while (true) {
            long x = table[i];
            if (x == 0) return -1;
            if (x >>> 24 == k) return (int) (x & 0xFFFFFF);
            i = (i + 1) & mask;
        }
    }

    /**
     * After freeze: the child of node by c with {@link #ENDS} set when names end there, or -1. Node 0
     * is the root. Most nodes have one to three children: a linear scan beats a binary search there.
     */
    int step(int node, char c) {
        if (node == 0) return rootChild[c] - 1;
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1];
        if (hi - lo <= 8) {
            for (int i = lo; i < hi; i++) {
                long e = edges[i];
                if ((char) (e >>> 32) == c) return (int) e;
            }
            return -1;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long e = edges[mid];
            char m = (char) (e >>> 32);
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return (int) e;
        }
        return -1;
    }

    /** Ends the adding of names: transitions move from the hash table to per-node sorted arrays. */
    void freeze() {
        if (edgeStart != null) return;
        // (node, char, child) packed so that sorting the longs groups by node, then orders by char
        long[] edges = new long[size];
        int k = 0;
        for (long x : table) {
            if (x == 0) continue;
            long key = (x >>> 24) - 1;
            edges[k++] = (key >>> 16) << 40 | (key & 0xFFFF) << 24 | (x & 0xFFFFFF);
        }
        Arrays.sort(edges, 0, k);
        if (payload.length < nodes) payload = Arrays.copyOf(payload, nodes);
        int[] start = new int[nodes + 1];
        long[] packed = new long[k];
        for (int i = 0; i < k; i++) {
            start[(int) (edges[i] >>> 40) + 1]++;
            int child = (int) (edges[i] & 0xFFFFFF);
            packed[i] = (edges[i] >>> 24 & 0xFFFF) << 32 | (payload[child] != null ? ENDS : 0) | child;
        }
        for (int i = 0; i < nodes; i++) start[i + 1] += start[i];
        for (int c = 0; c < rootChild.length; c++) {
            if (rootChild[c] != 0 && payload[rootChild[c] - 1] != null) rootChild[c] |= ENDS;
        }
        this.edges = packed;
        edgeStart = start;
        table = null;
        if (payload.length > nodes) payload = Arrays.copyOf(payload, nodes);
        buildPrefixFilters();
        firstWords.freeze();
    }

    private void buildPrefixFilters() {
        int pairs = 0;
        for (long p : prefixes) if (p >>> 48 == 0) pairs++;
        pairBits = bitsFor(pairs);
        tripleBits = bitsFor(prefixes.size() - pairs);
        firstPairs = new long[Math.max(1, 1 << (pairBits - 6))];
        firstTriples = new long[Math.max(1, 1 << (tripleBits - 6))];
        for (long p : prefixes) {
            char a = (char) (p >>> 32), b = (char) (p >>> 16), c = (char) p;
            if (p >>> 48 == 0) {
                int h = pairHash((char) (p >>> 16), c) >>> (32 - pairBits);
                firstPairs[h >>> 6] |= 1L << h;
            } else {
                int h = tripleHash(a, b, c) >>> (32 - tripleBits);
                firstTriples[h >>> 6] |= 1L << h;
            }
        }
        prefixes = null;
    }

    // log2 of a power of two >= 16 bits per entry, at least 64 bits (one long)
    private static int bitsFor(int entries) {
        int bits = 6;
        while ((1L << bits) < 16L * entries && bits < 30) bits++;
        return bits;
    }

    /** Variant ids ending at node, or null. */
    int[] payload(int node) {
        return node < payload.length ? payload[node] : null;
    }

    int nodeCount() {
        return nodes;
    }

    private void put(int node, char c, int child) {
        if (node == 0) {
            rootChild[c] = child + 1;                 // +1 so that 0 means none
            return;
        }
        if (child >= 1 << 24) throw new IllegalStateException("trie too large");
        if ((size + 1) * 2 > table.length) rehash();
        insert(table, (((long) node << 16) | c) + 1, child);
        size++;
    }

    private static void insert(long[] t, long key, int child) {
        int mask = t.length - 1;
        int i = mix(key) & mask;
        while (t[i] != 0) i = (i + 1) & mask;
        t[i] = key << 24 | child;
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long x : old) if (x != 0) insert(table, x >>> 24, (int) (x & 0xFFFFFF));
    }

    // MurmurHash3's finaliser: node and char bits both reach the low bits used as the slot.
    private static int mix(long k) {
        long h = k;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }

}
