package org.newsgeo.mentions;

import java.util.Arrays;

/**
 * A trie over folded names, walked from each word start: the cost per start is bounded by the
 * longest name, so matching is linear in the text. Transitions live in one open-addressing hash
 * table keyed by (node, char): compact for a few hundred thousand names and one probe per char.
 */
final class NameTrie {
    private long[] keys = new long[1 << 16];
    private int[] vals = new int[1 << 16];
    private int size;
    private int nodes = 1;                         // node 0 is the root
    private int[][] payload = new int[1024][];     // node -> variant ids ending there

    /** Adds a folded key and returns nothing; variant ids end at the key's last node. */
    void add(String key, int variant) {
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

    /** The child of node by c, or -1. */
    int child(int node, char c) {
        long k = ((long) node << 16) | c;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (true) {
            long x = keys[i];
            if (x == 0) return -1;
            if (x == k + 1) return vals[i];
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
        if ((size + 1) * 2 > keys.length) rehash();
        long k = ((long) node << 16) | c;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = k + 1;                           // +1 so that 0 means empty
        vals[i] = child;
        size++;
    }

    private void rehash() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ov.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] == 0) continue;
            int i = mix(ok[j] - 1) & mask;
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = ok[j];
            vals[i] = ov[j];
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

}
