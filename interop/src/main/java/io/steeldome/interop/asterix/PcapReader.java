package io.steeldome.interop.asterix;

import io.steeldome.interop.asterix.AsterixDecodeError.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Extracts UDP payloads from a classic libpcap capture: both byte orders, micro- and nanosecond timestamps; link types
 * Ethernet (with 802.1Q / 802.1ad tags), raw IPv4 and Linux cooked capture (SLL, SLL2); IPv4 options skipped by IHL;
 * non-IPv4 and non-UDP packets are ignored; IPv4 fragments are reported and skipped. Payloads are returned as ranges
 * of the input, so offsets in decode errors are file offsets.
 */
final class PcapReader {
    private static final int MAGIC_US = 0xA1B2C3D4;
    private static final int MAGIC_NS = 0xA1B23C4D;
    /** No real capture has larger packets; bigger incl_len means a corrupt record header. */
    private static final int MAX_PACKET = 1 << 18;

    private PcapReader() {}

    /** A UDP payload {@code [from, to)} of the input and its capture time. */
    record Datagram(int from, int to, Instant captureTime) {}

    static boolean isPcap(byte[] in) {
        if (in.length < 4) return false;
        int be = be32(in, 0);
        int le = Integer.reverseBytes(be);
        return be == MAGIC_US || be == MAGIC_NS || le == MAGIC_US || le == MAGIC_NS;
    }

    static List<Datagram> read(byte[] in, List<AsterixDecodeError> errors) {
        List<Datagram> out = new ArrayList<>();
        if (in.length < 24) {
            errors.add(err(Kind.BAD_PCAP, 0, "pcap global header truncated (" + in.length + " bytes)"));
            return out;
        }
        int magic = be32(in, 0);
        boolean little = magic != MAGIC_US && magic != MAGIC_NS;
        if (little) magic = Integer.reverseBytes(magic);
        boolean nanos = magic == MAGIC_NS;
        int link = u32(in, 20, little);
        if (link != 1 && link != 101 && link != 228 && link != 113 && link != 276) {
            errors.add(err(Kind.UNSUPPORTED_LINK_TYPE, 20, "link type " + link + " not supported"));
            return out;
        }
        int pos = 24;
        while (pos < in.length) {
            if (in.length - pos < 16) {
                errors.add(err(Kind.BAD_PCAP, pos, "pcap record header truncated"));
                break;
            }
            long sec = u32(in, pos, little) & 0xFFFFFFFFL;
            long frac = u32(in, pos + 4, little) & 0xFFFFFFFFL;
            long incl = u32(in, pos + 8, little) & 0xFFFFFFFFL;
            if (incl > MAX_PACKET) {
                errors.add(err(
                        Kind.BAD_PCAP,
                        pos + 8,
                        "packet length " + incl + " is implausible; rest of capture not framed"));
                break;
            }
            int data = pos + 16;
            if (data + incl > in.length) {
                errors.add(err(Kind.BAD_PCAP, pos, "packet of " + incl + " bytes runs past the end of the capture"));
                break;
            }
            if (frac >= (nanos ? 1_000_000_000L : 1_000_000L)) {
                errors.add(err(Kind.BAD_PCAP, pos + 4, "timestamp fraction " + frac + " out of range"));
            } else {
                Instant t = Instant.ofEpochSecond(sec, nanos ? frac : frac * 1000);
                packet(in, data, data + (int) incl, link, t, out, errors);
            }
            pos = data + (int) incl;
        }
        return out;
    }

    private static void packet(
            byte[] in, int p, int end, int link, Instant t, List<Datagram> out, List<AsterixDecodeError> errors) {
        int ip;
        int etherType;
        switch (link) {
            case 1 -> {
                if (end - p < 14) {
                    errors.add(err(Kind.BAD_PACKET, p, "Ethernet header truncated"));
                    return;
                }
                int q = p + 12;
                etherType = be16(in, q);
                // At most two VLAN tags (802.1ad outer + 802.1Q inner).
                for (int tags = 0; tags < 2 && (etherType == 0x8100 || etherType == 0x88A8); tags++) {
                    q += 4;
                    if (q + 2 > end) {
                        errors.add(err(Kind.BAD_PACKET, p, "VLAN tag truncated"));
                        return;
                    }
                    etherType = be16(in, q);
                }
                ip = q + 2;
            }
            case 113 -> {
                if (end - p < 16) {
                    errors.add(err(Kind.BAD_PACKET, p, "Linux SLL header truncated"));
                    return;
                }
                etherType = be16(in, p + 14);
                ip = p + 16;
            }
            case 276 -> {
                if (end - p < 20) {
                    errors.add(err(Kind.BAD_PACKET, p, "Linux SLL2 header truncated"));
                    return;
                }
                etherType = be16(in, p);
                ip = p + 20;
            }
            default -> {
                etherType = 0x0800;
                ip = p;
            }
        }
        if (etherType != 0x0800) return; // not IPv4: not ours
        if (end - ip < 20) {
            errors.add(err(Kind.BAD_PACKET, ip, "IPv4 header truncated"));
            return;
        }
        int vihl = in[ip] & 0xFF;
        if (vihl >> 4 != 4) {
            if (link == 101 && vihl >> 4 == 6) return; // raw IP link can carry IPv6: ignore
            errors.add(err(Kind.BAD_PACKET, ip, "IP version " + (vihl >> 4) + " where IPv4 was expected"));
            return;
        }
        int ihl = (vihl & 15) * 4;
        int total = be16(in, ip + 2);
        if (ihl < 20 || total < ihl || ip + total > end) {
            errors.add(err(
                    Kind.BAD_PACKET,
                    ip,
                    "IPv4 header length " + ihl + " / total length " + total + " inconsistent with the captured "
                            + (end - ip) + " bytes"));
            return;
        }
        if (in[ip + 9] != 17) return; // not UDP
        int frag = be16(in, ip + 6);
        if ((frag & 0x3FFF) != 0) {
            errors.add(err(
                    Kind.IP_FRAGMENT,
                    ip,
                    "IPv4 fragment (offset " + (frag & 0x1FFF) * 8 + ", MF " + ((frag >> 13) & 1)
                            + "); not reassembled"));
            return;
        }
        int udp = ip + ihl;
        int ipEnd = ip + total; // Ethernet padding beyond the IP total length is dropped here
        if (ipEnd - udp < 8) {
            errors.add(err(Kind.BAD_PACKET, udp, "UDP header truncated"));
            return;
        }
        int ulen = be16(in, udp + 4);
        if (ulen < 8 || udp + ulen > ipEnd) {
            errors.add(err(
                    Kind.BAD_PACKET,
                    udp,
                    "UDP length " + ulen + " inconsistent with the IPv4 payload of " + (ipEnd - udp)));
            return;
        }
        out.add(new Datagram(udp + 8, udp + ulen, t));
    }

    private static AsterixDecodeError err(Kind k, int offset, String msg) {
        return new AsterixDecodeError(k, offset, -1, Optional.empty(), msg);
    }

    private static int be16(byte[] b, int p) {
        return ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF);
    }

    private static int be32(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }

    private static int u32(byte[] b, int p, boolean little) {
        int v = be32(b, p);
        return little ? Integer.reverseBytes(v) : v;
    }
}
