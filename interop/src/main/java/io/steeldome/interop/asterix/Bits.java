package io.steeldome.interop.asterix;

/** Big-endian bit access to byte arrays (ASTERIX bit 1 is the least significant bit of the last octet). */
final class Bits {
    private Bits() {}

    /** Reads {@code n} (1..64) bits starting {@code bitPos} bits into {@code b}; the caller has checked bounds. */
    static long read(byte[] b, long bitPos, int n) {
        int byteIdx = (int) (bitPos >>> 3);
        int off = (int) (bitPos & 7);
        int total = off + n;
        if (total <= 64) {
            int nbytes = (total + 7) >>> 3;
            long v = 0;
            for (int i = 0; i < nbytes; i++) v = (v << 8) | (b[byteIdx + i] & 0xFFL);
            v >>>= (nbytes * 8 - total);
            return n == 64 ? v : v & ((1L << n) - 1);
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            long p = bitPos + i;
            v = (v << 1) | ((b[(int) (p >>> 3)] >>> (7 - (p & 7))) & 1);
        }
        return v;
    }

    static long signExtend(long raw, int bits) {
        return bits >= 64 ? raw : (raw << (64 - bits)) >> (64 - bits);
    }

    /** A growable big-endian bit sink for encoding. */
    static final class Writer {
        private byte[] buf = new byte[64];
        private long bitPos;

        void write(long value, int n) {
            ensure(bitPos + n);
            for (int i = n - 1; i >= 0; i--) {
                if (((value >>> i) & 1) != 0) {
                    buf[(int) (bitPos >>> 3)] |= (byte) (0x80 >>> (bitPos & 7));
                }
                bitPos++;
            }
        }

        void writeBytes(byte[] bytes) {
            for (byte x : bytes) write(x & 0xFF, 8);
        }

        /** Sets bit 1 (FX) of the octet just completed. */
        void setLastFx() {
            buf[(int) ((bitPos >>> 3) - 1)] |= 1;
        }

        int bytePos() {
            return (int) (bitPos >>> 3);
        }

        long bitPos() {
            return bitPos;
        }

        void put(int bytePosition, int value) {
            buf[bytePosition] = (byte) value;
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(buf, (int) ((bitPos + 7) >>> 3));
        }

        private void ensure(long bits) {
            int need = (int) ((bits + 7) >>> 3);
            if (need > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }
}
