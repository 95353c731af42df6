package io.steeldome.interop.asterix;

import static io.steeldome.interop.asterix.AsterixReferenceTest.DECODER;
import static io.steeldome.interop.asterix.AsterixReferenceTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.steeldome.interop.asterix.AsterixDecodeError.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * libpcap framing variants, built around the UDP payload of the reference capture cat_062_065.pcap (whose decode is
 * checked against the reference decoder in {@link AsterixReferenceTest}): every variant must yield the same three
 * records and capture time; broken framing must give typed errors.
 */
class PcapReaderTest {
    private static byte[] payload;
    private static List<String> expectedHex;
    /** Capture time of the reference packet: ts_sec 1393332227, ts_usec 401501. */
    private static final Instant TIME = Instant.ofEpochSecond(1393332227L, 401_501_000L);

    @BeforeAll
    static void load() throws IOException {
        byte[] pcap = resource("cat_062_065.pcap");
        DecodeResult r = DECODER.decode(pcap);
        expectedHex = r.records().stream().map(AsterixRecord::hex).toList();
        assertThat(r.records().get(0).captureTime()).contains(TIME);
        // Ethernet 14 + IPv4 20 + UDP 8 after the 24 + 16 pcap headers.
        payload = java.util.Arrays.copyOfRange(pcap, 24 + 16 + 42, pcap.length);
    }

    static byte[] udp(byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length);
        b.putShort((short) 4001)
                .putShort((short) 8600)
                .putShort((short) (8 + data.length))
                .putShort((short) 0);
        b.put(data);
        return b.array();
    }

    static byte[] ipv4(byte[] udp, int protocol, int flagsFrag, int optionWords) {
        int ihl = 5 + optionWords;
        ByteBuffer b = ByteBuffer.allocate(ihl * 4 + udp.length);
        b.put((byte) (0x40 | ihl)).put((byte) 0).putShort((short) (ihl * 4 + udp.length));
        b.putShort((short) 1)
                .putShort((short) flagsFrag)
                .put((byte) 64)
                .put((byte) protocol)
                .putShort((short) 0);
        b.putInt(0x0A000001).putInt(0xE0000001);
        for (int i = 0; i < optionWords; i++) b.putInt(0x01010101); // NOP options
        b.put(udp);
        return b.array();
    }

    static byte[] ethernet(byte[] ip, boolean vlan) {
        ByteBuffer b = ByteBuffer.allocate(14 + (vlan ? 4 : 0) + ip.length + 6);
        b.put(new byte[12]);
        if (vlan) b.putShort((short) 0x8100).putShort((short) 42);
        b.putShort((short) 0x0800).put(ip);
        b.put(new byte[6]); // Ethernet padding beyond the IP total length
        return b.array();
    }

    static byte[] sll(byte[] ip) {
        ByteBuffer b = ByteBuffer.allocate(16 + ip.length);
        b.put(new byte[14]).putShort((short) 0x0800).put(ip);
        return b.array();
    }

    static byte[] pcap(ByteOrder order, boolean nanos, int link, byte[]... packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(order);
        h.putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4);
        h.putInt(0).putInt(0).putInt(65535).putInt(link);
        out.writeBytes(h.array());
        for (byte[] p : packets) {
            ByteBuffer r = ByteBuffer.allocate(16).order(order);
            r.putInt((int) TIME.getEpochSecond()).putInt(nanos ? TIME.getNano() : TIME.getNano() / 1000);
            r.putInt(p.length).putInt(p.length);
            out.writeBytes(r.array());
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({
        "BIG_ENDIAN, false, ethernet",
        "LITTLE_ENDIAN, true, ethernet",
        "BIG_ENDIAN, true, vlan",
        "LITTLE_ENDIAN, false, raw",
        "LITTLE_ENDIAN, false, sll",
        "BIG_ENDIAN, false, options"
    })
    void framingVariantsGiveTheSameRecords(String order, boolean nanos, String link) {
        ByteOrder bo = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        byte[] ip = ipv4(udp(payload), 17, 0x4000, link.equals("options") ? 3 : 0);
        byte[] file = switch (link) {
            case "vlan" -> pcap(bo, nanos, 1, ethernet(ip, true));
            case "raw" -> pcap(bo, nanos, 101, ip);
            case "sll" -> pcap(bo, nanos, 113, sll(ip));
            default -> pcap(bo, nanos, 1, ethernet(ip, false));
        };
        DecodeResult r = DECODER.decode(file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.records()).extracting(AsterixRecord::hex).isEqualTo(expectedHex);
        assertThat(r.records()).allSatisfy(rec -> assertThat(rec.captureTime()).contains(TIME));
    }

    @Test
    void nonUdpIsIgnoredFragmentsAreReportedAndLaterPacketsStillDecode() {
        byte[] tcp = ethernet(ipv4(udp(payload), 6, 0, 0), false);
        byte[] frag = ethernet(ipv4(udp(payload), 17, 0x2000, 0), false); // MF set
        byte[] good = ethernet(ipv4(udp(payload), 17, 0, 0), false);
        DecodeResult r = DECODER.decode(pcap(ByteOrder.LITTLE_ENDIAN, false, 1, tcp, frag, good));
        assertThat(r.errors()).extracting(AsterixDecodeError::kind).containsExactly(Kind.IP_FRAGMENT);
        assertThat(r.records()).extracting(AsterixRecord::hex).isEqualTo(expectedHex);
    }

    @Test
    void truncatedAndCorruptCapturesGiveTypedErrors() {
        byte[] good = ethernet(ipv4(udp(payload), 17, 0, 0), false);
        byte[] file = pcap(ByteOrder.BIG_ENDIAN, false, 1, good, good);
        DecodeResult cut = DECODER.decode(java.util.Arrays.copyOf(file, file.length - 10));
        assertThat(cut.records()).hasSize(3); // the first packet is whole
        assertThat(cut.errors()).extracting(AsterixDecodeError::kind).containsExactly(Kind.BAD_PCAP);
        assertThat(DECODER.decode(java.util.Arrays.copyOf(file, 20)).errors())
                .extracting(AsterixDecodeError::kind)
                .containsExactly(Kind.BAD_PCAP);
        byte[] badLink = pcap(ByteOrder.BIG_ENDIAN, false, 105, good);
        assertThat(DECODER.decode(badLink).errors())
                .extracting(AsterixDecodeError::kind)
                .containsExactly(Kind.UNSUPPORTED_LINK_TYPE);
        byte[] shortUdp = ethernet(ipv4(udp(payload), 17, 0, 0), false);
        shortUdp[14 + 20 + 5] = 3; // UDP length 3 < 8
        assertThat(DECODER.decode(pcap(ByteOrder.BIG_ENDIAN, false, 1, shortUdp))
                        .errors())
                .extracting(AsterixDecodeError::kind)
                .containsExactly(Kind.BAD_PACKET);
    }
}
