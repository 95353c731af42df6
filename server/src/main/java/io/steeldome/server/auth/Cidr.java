package io.steeldome.server.auth;

import io.steeldome.core.error.SteeldomeException;
import io.steeldome.server.ServerError;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address block, "10.0.0.0/8", "::1/128", or a single address ("192.0.2.7" is "192.0.2.7/32").
 * Parsing takes literal addresses only: a host name is refused, never looked up (DNS must not decide who is trusted).
 * An IPv4-mapped IPv6 address ("::ffff:192.0.2.7") matches as the IPv4 address it carries.
 */
public record Cidr(byte[] network, int prefixBits) {
    public Cidr {
        Objects.requireNonNull(network, "network");
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("address must have 4 or 16 bytes");
        }
        if (prefixBits < 0 || prefixBits > network.length * 8) {
            throw new IllegalArgumentException("prefix out of range: " + prefixBits);
        }
        network = mask(network.clone(), prefixBits);
    }

    /** Parses "address[/prefix]"; a {@link ServerError#BAD_CONFIG} error if it is not a literal address block. */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        Optional<byte[]> bytes = literal(addr);
        if (bytes.isEmpty()) {
            throw new SteeldomeException(
                    ServerError.BAD_CONFIG, "not an IP address or CIDR block:", "\"" + text + "\"");
        }
        int max = bytes.get().length * 8;
        int prefix = max;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > max) {
                throw new SteeldomeException(
                        ServerError.BAD_CONFIG, "CIDR prefix must be 0.." + max + ", got", "\"" + text + "\"");
            }
        }
        return new Cidr(bytes.get(), prefix);
    }

    /**
     * The bytes of a literal IPv4 or IPv6 address (IPv4-mapped IPv6 as 4 bytes), or empty for anything else,
     * including host names (never resolved).
     */
    public static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        boolean v4 = s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = s.contains(":") && s.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        if (v4) {
            for (String part : s.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // A literal (checked above) is parsed without any name lookup.
            return Optional.of(InetAddress.getByName(s).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code address} (4 or 16 bytes) lies in this block; IPv4 and IPv6 blocks never match each other. */
    public boolean contains(byte[] address) {
        byte[] a =
                address.length == 16 && isV4Mapped(address) ? java.util.Arrays.copyOfRange(address, 12, 16) : address;
        return a.length == network.length && java.util.Arrays.equals(mask(a.clone(), prefixBits), network);
    }

    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    private static boolean isV4Mapped(byte[] a) {
        for (int i = 0; i < 10; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
    }

    private static byte[] mask(byte[] a, int prefix) {
        for (int i = 0; i < a.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - 8 * i));
            a[i] &= (byte) (bits == 0 ? 0 : 0xff << (8 - bits));
        }
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr c && c.prefixBits == prefixBits && java.util.Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefixBits;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixBits;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // 4 or 16 bytes, checked in the constructor
        }
    }
}
