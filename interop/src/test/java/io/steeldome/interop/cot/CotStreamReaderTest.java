package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CotStreamReaderTest {

    private static List<CotEvent> sampleEvents() {
        return CotTestFiles.samples()
                .map(p -> {
                    try {
                        return CotXml.read(Files.readAllBytes(p));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** All sample files back to back, byte for byte, with their own declarations (utf-16 one included). */
    private static byte[] concatenatedSamples() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path p : CotTestFiles.samples().toList()) {
            out.write(Files.readAllBytes(p));
        }
        return out.toByteArray();
    }

    private static List<CotReadResult> readAll(InputStream in) throws IOException {
        List<CotReadResult> out = new ArrayList<>();
        try (CotStreamReader r = new CotStreamReader(in)) {
            r.forEach(out::add);
        }
        return out;
    }

    private static List<CotReadResult> readAll(String s) throws IOException {
        return readAll(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static CotEvent parsed(CotReadResult r) {
        assertThat(r).isInstanceOf(CotReadResult.Parsed.class);
        return ((CotReadResult.Parsed) r).event();
    }

    private static CotException failed(CotReadResult r) {
        assertThat(r).isInstanceOf(CotReadResult.Failed.class);
        return ((CotReadResult.Failed) r).error();
    }

    @Test
    void concatenatedRealEventsAreSplitInOrder() throws IOException {
        List<CotReadResult> got = readAll(new ByteArrayInputStream(concatenatedSamples()));
        assertThat(got).allMatch(r -> r instanceof CotReadResult.Parsed);
        assertThat(got.stream().map(CotStreamReaderTest::parsed).toList()).isEqualTo(sampleEvents());
    }

    /** TCP may deliver any number of bytes per read; one byte at a time is the extreme. */
    @Test
    void oneByteAtATimeGivesTheSameEvents() throws IOException {
        InputStream trickle = new FilterInputStream(new ByteArrayInputStream(concatenatedSamples())) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(1, len));
            }
        };
        assertThat(readAll(trickle).stream().map(CotStreamReaderTest::parsed).toList())
                .isEqualTo(sampleEvents());
    }

    @Test
    void writerOutputStreamsBackWithoutDelimiters() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (CotEvent e : sampleEvents()) {
            sb.append(CotXml.write(e)).append(sb.length() % 2 == 0 ? "" : "\n"); // with and without separators
        }
        assertThat(readAll(sb.toString()).stream()
                        .map(CotStreamReaderTest::parsed)
                        .toList())
                .isEqualTo(sampleEvents());
    }

    @Test
    void aBadEventDoesNotLoseTheFollowingOnes() throws IOException {
        List<CotEvent> ev = sampleEvents();
        String bad1 = "<event version='2.0' uid='bad' type='a-f-G' how='m-g' time='x' start='x' stale='x'>"
                + "<point lat='0' lon='0' hae='0' ce='0' le='0'/></event>";
        String bad2 = "<event version='2.0' uid='bad2'><point lat='0' lon='0'/><detail><a></b></detail></event>";
        String s = CotXml.write(ev.get(0)) + bad1 + CotXml.write(ev.get(1)) + bad2 + "junk text <ping/> "
                + CotXml.write(ev.get(2));
        List<CotReadResult> got = readAll(s);
        assertThat(got).hasSize(5);
        assertThat(parsed(got.get(0))).isEqualTo(ev.get(0));
        assertThat(failed(got.get(1)).code()).isEqualTo(CotError.BAD_TIME);
        assertThat(parsed(got.get(2))).isEqualTo(ev.get(1));
        assertThat(failed(got.get(3)).code()).isEqualTo(CotError.MALFORMED_XML);
        assertThat(parsed(got.get(4))).isEqualTo(ev.get(2));
        // the failure says where its event started in the stream
        assertThat(failed(got.get(1)).streamOffset())
                .isEqualTo(CotXml.write(ev.get(0)).length());
    }

    @Test
    void anEventCutOffByANewOneIsReportedAndTheNewOneRead() throws IOException {
        List<CotEvent> ev = sampleEvents();
        String full = CotXml.write(ev.get(3));
        String cut = full.substring(0, full.length() / 2);
        List<CotReadResult> got = readAll(cut
                + CotXml.write(ev.get(4))
                + CotXml.writeBare(ev.get(5)).substring(0, 40)
                + CotXml.writeBare(ev.get(6)));
        assertThat(got).hasSize(4);
        assertThat(failed(got.get(0)).code()).isEqualTo(CotError.INTERRUPTED_EVENT);
        assertThat(parsed(got.get(1))).isEqualTo(ev.get(4));
        assertThat(failed(got.get(2)).code()).isEqualTo(CotError.INTERRUPTED_EVENT);
        assertThat(parsed(got.get(3))).isEqualTo(ev.get(6));
    }

    /** Seeded random bytes (invalid UTF-8, stray '<', "<?", "<!--") between events cost nothing but themselves. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 42L, 20240501L})
    void garbageBetweenEventsIsSkipped(long seed) throws IOException {
        java.util.Random rnd = new java.util.Random(seed);
        List<CotEvent> ev = sampleEvents();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (CotEvent e : ev) {
            byte[] junk = new byte[rnd.nextInt(300)];
            rnd.nextBytes(junk);
            out.write(junk);
            out.write((rnd.nextBoolean() ? "<!-- <? <" : "< ?").getBytes(StandardCharsets.US_ASCII));
            out.write(CotXml.writeBytes(e));
        }
        List<CotReadResult> got = readAll(new ByteArrayInputStream(out.toByteArray()));
        assertThat(got.stream().map(CotStreamReaderTest::parsed).toList()).isEqualTo(ev);
    }

    @Test
    void streamEndingInsideAnEventIsTruncated() throws IOException {
        String w = CotXml.write(sampleEvents().get(0));
        List<CotReadResult> got = readAll(w + w.substring(0, w.length() - 3));
        assertThat(got).hasSize(2);
        assertThat(failed(got.get(1)).code()).isEqualTo(CotError.TRUNCATED);
    }

    @Test
    void oversizeEventIsReportedAndSkipped() throws IOException {
        List<CotEvent> ev = sampleEvents();
        CotEvent big = ev.get(0).withDetail(ev.get(0).detail().with(XmlElement.of("blob", "data", "x".repeat(5000))));
        String s = CotXml.write(big) + CotXml.write(ev.get(1));
        List<CotReadResult> got = new ArrayList<>();
        try (CotStreamReader r =
                new CotStreamReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), 4096)) {
            r.forEach(got::add);
        }
        assertThat(got).hasSize(2);
        assertThat(failed(got.get(0)).code()).isEqualTo(CotError.EVENT_TOO_LARGE);
        assertThat(parsed(got.get(1))).isEqualTo(ev.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!-- <event> -->", "<?pi <event?>", "<![CDATA[<event>]]>"})
    void markupThatMentionsEventInsideAnEventIsNotAFrameBoundary(String inner) throws IOException {
        String xml = "<event version='2.0' uid='x' type='a-f-G' how='m-g' time='2020-01-01T00:00:00Z'"
                + " start='2020-01-01T00:00:00Z' stale='2020-01-01T00:01:00Z'>"
                + "<point lat='1' lon='2' hae='3' ce='4' le='5'/><detail><remarks>" + inner
                + "</remarks></detail></event>";
        List<CotReadResult> got = readAll(xml + xml);
        assertThat(got).hasSize(2).allMatch(r -> r instanceof CotReadResult.Parsed);
    }

    @Test
    void attributeValuesContainingAngleBracketsDoNotConfuseFraming() throws IOException {
        CotEvent e =
                sampleEvents().get(0).withDetail(CotDetail.of(XmlElement.of("remarks", "note", "</event> <event> />")));
        // '<' must be escaped in a value but '>' may appear raw: "/>" inside quotes must not end the tag
        List<CotReadResult> got = readAll(CotXml.write(e).replace("&gt;", ">") + CotXml.write(e));
        assertThat(got).hasSize(2).allMatch(r -> r instanceof CotReadResult.Parsed);
    }

    @Test
    void selfClosingEventIsFramedAndRejectedForMissingPoint() throws IOException {
        List<CotReadResult> got =
                readAll("<event uid='a'/>" + CotXml.write(sampleEvents().get(0)));
        assertThat(got).hasSize(2);
        assertThat(failed(got.get(0)).code()).isEqualTo(CotError.MISSING_POINT);
        assertThat(got.get(1)).isInstanceOf(CotReadResult.Parsed.class);
    }
}
