package org.newsgeo.mentions;

import java.util.Arrays;

/**
 * A trie over folded names, walked from each word start: the cost per start is bounded by the
 * longest name, so matching is linear in the text. Transitions live in one open-addressing hash
 * table keyed by (node, char): compact for a few hundred thousand names and one probe per char.
 */
final class NameTrie {
    // One long per transition: (node << 16 | char) + 1 in the high 40 bits, the child in the low 24,
    // so a probe touches one cache line. 0 is an empty slot.
    private long[] table = new long[1 << 16];
    private int size;
    private int nodes = 1;                         // node 0 is the root
    private int[][] payload = new int[1024][];     // node -> variant ids ending there
    // Most word starts begin no name. Two small tables answer that without touching the big hash
    // table (whose probes miss the CPU cache): the root's children by char, and a bit set of the
    // first two chars of every key.
    private final int[] rootChild = new int[65536];
    private final long[] firstPairs = new long[1 << 14];     // 2^20 bits: keys of two chars
    private final long[] firstTriples = new long[1 << 16];   // 2^22 bits: first three chars of longer keys

    /** Adds a folded key and returns nothing; variant ids end at the key's last node. */
    void add(String key, int variant) {
        if (key.length() == 2) {
            int h = pairHash(key.charAt(0), key.charAt(1));
            firstPairs[h >>> 6] |= 1L << (h & 63);
        } else if (key.length() > 2) {
            int h = tripleHash(key.charAt(0), key.charAt(1), key.charAt(2));
            firstTriples[h >>> 6] |= 1L << (h & 63);
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
        int h = pairHash(a, b);
        if ((firstPairs[h >>> 6] & (1L << (h & 63))) != 0) return true;
        h = tripleHash(a, b, c);
        return (firstTriples[h >>> 6] & (1L << (h & 63))) != 0;
    }

    private static int tripleHash(char a, char b, char c) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B) ^ (c * 0xC2B2AE35)) >>> 10;
    }

    private static int pairHash(char a, char b) {
        return ((a * 0x9E3779B1) ^ (b * 0x85EBCA6B)) >>> 12;
    }

    /** The child of node by c, or -1. */
    int child(int node, char c) {
        if (node == 0) return rootChild[c] - 1;
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
