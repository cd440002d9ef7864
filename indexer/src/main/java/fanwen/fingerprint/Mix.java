package fanwen.fingerprint;

/** Bit mixing for hashes: MurmurHash3's 64-bit finaliser, which spreads every input bit over the output. */
final class Mix {

    private Mix() {
    }

    static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE51A87B5L;
        h ^= h >>> 33;
        return h;
    }
}
