package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real ATAK events in src/test/resources/cot/examples. The generic checks run over every file there; the field
 * values were read by hand from each file.
 */
class CotSamplesTest {

    static Stream<Path> samples() {
        return CotTestFiles.samples();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripIsLossless(Path file) throws Exception {
        CotEvent e = CotXml.read(Files.readAllBytes(file));
        String written = CotXml.write(e);
        CotEvent again = CotXml.read(written);
        assertThat(again).isEqualTo(e);
        // deterministic: writing the re-read event gives the same bytes
        assertThat(CotXml.write(again)).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writtenEventIsValidAgainstTheMitreBaseSchema(Path file) throws Exception {
        String written = CotXml.write(CotXml.read(Files.readAllBytes(file)));
        assertThatCode(() -> CotTestFiles.validate(CotTestFiles.baseSchema(), written))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void originalFileIsValidAgainstTheMitreBaseSchema(Path file) throws Exception {
        // read as characters: one sample declares utf-16 on ASCII bytes, which a byte-level parse would reject
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            CotTestFiles.baseSchema().newValidator().validate(new StreamSource(r));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writtenDetailKeepsEveryElementInOrder(Path file) throws Exception {
        CotEvent e = CotXml.read(Files.readAllBytes(file));
        List<String> names =
                e.detail().elements().stream().map(XmlElement::name).toList();
        String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        // the top-level detail element names, in file order, found by plain text search
        int from = raw.indexOf("<detail>");
        for (String n : names) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "<" + java.util.regex.Pattern.quote(n) + "[\\s/>]")
                    .matcher(raw);
            assertThat(m.find(from))
                    .as("detail element %s after offset %d", n, from)
                    .isTrue();
            from = m.start() + 1;
        }
    }

    /**
     * Seeded corruptions of each sample (byte changes, deletions, insertions of markup characters, truncation): the
     * reader returns an event or throws a {@link CotException}, never anything else; the stream reader yields one
     * result per framed event and never throws.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void corruptedInputGivesTypedErrorsOnly(Path file) throws Exception {
        byte[] orig = Files.readAllBytes(file);
        java.util.Random rnd =
                new java.util.Random(file.getFileName().toString().hashCode());
        byte[] specials = "<>&'\"/=?!-[]".getBytes(StandardCharsets.US_ASCII);
        int typedErrors = 0;
        for (int trial = 0; trial < 300; trial++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            int cut = trial % 10 == 0 ? rnd.nextInt(orig.length) : orig.length;
            for (int i = 0; i < cut; i++) {
                int op = rnd.nextInt(200);
                if (op == 0) {
                    continue; // delete
                } else if (op == 1) {
                    b.write(specials[rnd.nextInt(specials.length)]); // replace by markup
                } else if (op == 2) {
                    b.write(rnd.nextInt(256)); // replace by any byte
                } else {
                    b.write(orig[i]);
                }
            }
            byte[] bad = b.toByteArray();
            try {
                CotXml.read(bad);
            } catch (CotException expected) {
                typedErrors++;
            }
            java.util.List<CotReadResult> results = new java.util.ArrayList<>();
            try (CotStreamReader r = new CotStreamReader(new java.io.ByteArrayInputStream(bad))) {
                r.forEach(results::add);
            }
            assertThat(results.size()).isLessThanOrEqualTo(2);
        }
        assertThat(typedErrors).isPositive();
    }

    private static CotEvent read(String name) {
        return CotXml.read(CotTestFiles.bytes(name));
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void fileTransferRequest() {
        CotEvent e = read("atak_capture_00_b-f-t-r.cot.xml");
        assertThat(e.uid()).isEqualTo("95b24edf-a0f1-43e4-9b72-8047f0d5a780");
        assertThat(e.type()).isEqualTo("b-f-t-r");
        assertThat(e.how()).isEqualTo("h-e");
        assertThat(e.time()).isEqualTo(t("2016-02-05T17:26:36Z"));
        assertThat(e.start()).isEqualTo(t("2016-02-05T17:26:36Z"));
        assertThat(e.stale()).isEqualTo(t("2016-02-05T17:26:46Z"));
        assertThat(e.point().latDeg()).isEqualTo(36.5262);
        assertThat(e.point().lonDeg()).isEqualTo(-77.3863);
        // hae="9999999" (no decimal point) is the unknown marker too
        assertThat(e.point().haeM()).isEmpty();
        assertThat(e.point().ceM()).isEmpty();
        assertThat(e.point().leM()).isEmpty();
        XmlElement share = e.detail().element("fileshare").orElseThrow();
        // &amp; in the file is one '&' in the value
        assertThat(share.attribute("senderUrl")).contains("http://192.168.167.184:8080/getfile?file=0&sender=jcommo");
        assertThat(share.attribute("sizeInBytes")).contains("1814");
        assertThat(share.attribute("sha256"))
                .contains("72fbcc94207812f67580f2fb246dc3f0c2b3777249c5ccd6ca4af04a0e8671ed");
        assertThat(share.attributes().stream().map(XmlAttribute::name))
                .containsExactly(
                        "filename", "senderUrl", "sizeInBytes", "sha256", "senderUid", "senderCallsign", "name");
        XmlElement ack = e.detail().element("ackrequest").orElseThrow();
        assertThat(ack.attribute("uid")).contains("2d35c256-8740-4c39-a8c6-211cbb18fc55");
        assertThat(ack.attribute("ackrequested")).contains("true");
        assertThat(ack.attribute("tag")).contains("test.zip");
        assertThat(CotXml.write(e))
                .contains("senderUrl=\"http://192.168.167.184:8080/getfile?file=0&amp;sender=jcommo\"");
    }

    @Test
    void friendlyPositionReport() {
        CotEvent e = read("atak_capture_02_a-f-G-U-C.cot.xml");
        assertThat(e.uid()).isEqualTo("ANDROID-48:5A:3F:49:93:24");
        assertThat(e.type()).isEqualTo("a-f-G-U-C");
        assertThat(e.time()).isEqualTo(t("2016-01-13T20:43:37.842Z"));
        assertThat(e.stale()).isEqualTo(t("2016-01-13T20:44:04.842Z"));
        assertThat(e.point().latDeg()).isEqualTo(37.954121501941216);
        assertThat(e.point().lonDeg()).isEqualTo(-87.97179289978664);
        assertThat(e.point().haeM()).isEqualTo(OptionalDouble.of(80.85387849113384));
        assertThat(e.point().ceM()).isEmpty();
        CotDetail d = e.detail();
        assertThat(d.contact())
                .contains(new CotDetail.Contact(Optional.of("GEMINI"), Optional.of("192.168.167.167:4242:tcp")));
        assertThat(d.group()).contains(new CotDetail.Group(Optional.of("Cyan"), Optional.of("Team Member")));
        assertThat(d.group().orElseThrow().toElement().attributes())
                .containsExactlyInAnyOrderElementsOf(
                        d.element("__group").orElseThrow().attributes());
        assertThat(d.contact().orElseThrow().toElement().attributes())
                .containsExactlyInAnyOrderElementsOf(
                        d.element("contact").orElseThrow().attributes());
        assertThat(d.status()).contains(new CotDetail.Status(OptionalInt.of(0), Optional.empty()));
        assertThat(d.track()).contains(new CotDetail.Track(114.66817017909176, 0.0, OptionalDouble.empty()));
        assertThat(d.precisionLocation())
                .contains(new CotDetail.PrecisionLocation(Optional.of("User"), Optional.of("DTED0")));
        assertThat(d.element("uid").flatMap(u -> u.attribute("Droid"))).contains("GEMINI");
        assertThat(d.elements().stream().map(XmlElement::name))
                .containsExactly("contact", "uid", "__group", "status", "track", "precisionlocation");
    }

    @Test
    void positionReportDeclaringUtf16OnAsciiBytes() {
        byte[] raw = CotTestFiles.bytes("atak_capture_11_a-f-G-U-C-I.cot.xml");
        assertThat(new String(raw, 0, 60, StandardCharsets.US_ASCII)).contains("encoding=\"utf-16\"");
        CotEvent e = CotXml.read(raw);
        assertThat(e.uid()).isEqualTo("pc-0834cb51-df3f-4f96-9787-db227b07d2d0.NMEA.SA");
        assertThat(e.type()).isEqualTo("a-f-G-U-C-I");
        // one fractional digit: .4 s
        assertThat(e.time()).isEqualTo(t("2015-10-15T20:30:55.400Z"));
        assertThat(e.start()).isEqualTo(t("2015-10-15T20:30:55.400Z"));
        assertThat(e.stale()).isEqualTo(t("2015-10-15T20:31:10.400Z"));
        assertThat(e.point().latDeg()).isEqualTo(32.9003577057377);
        assertThat(e.point().lonDeg()).isEqualTo(-93.2551740758162);
        assertThat(e.point().haeM()).isEqualTo(OptionalDouble.of(0));
        assertThat(e.point().ceM()).isEmpty();
        assertThat(e.point().leM()).isEmpty();
        assertThat(e.detail().contact())
                .contains(new CotDetail.Contact(Optional.of("SkrienJ-LT"), Optional.of("192.168.135.185:8087:tcp")));
        assertThat(e.detail().track()).contains(new CotDetail.Track(0, 0, OptionalDouble.empty()));
        assertThat(e.detail().group()).contains(new CotDetail.Group(Optional.of("Cyan"), Optional.of("Team Member")));
        assertThat(CotXml.write(e)).contains("time=\"2015-10-15T20:30:55.400Z\"");
    }

    @Test
    void geoChatWithSingleQuotes() {
        CotEvent e = read("atak_capture_16_b-t-f.cot.xml");
        assertThat(e.uid())
                .isEqualTo("GeoChat.ANDROID-88:32:9B:40:EC:D0.All Chat Rooms.b4936fac-b0ca-4fd3-892d-35596f0dc749");
        assertThat(e.type()).isEqualTo("b-t-f");
        assertThat(e.how()).isEqualTo("h-g-i-g-o");
        assertThat(e.time()).isEqualTo(t("2015-11-02T13:30:10.794Z"));
        assertThat(e.stale()).isEqualTo(t("2015-11-03T13:30:10.794Z"));
        assertThat(e.point().latDeg()).isEqualTo(0.0);
        assertThat(e.point().haeM()).isEmpty();
        CotDetail d = e.detail();
        assertThat(d.remarks())
                .contains(new CotDetail.Remarks(
                        "Roger",
                        Optional.of("BAO.F.ATAK.ANDROID-88:32:9B:40:EC:D0"),
                        Optional.of(t("2015-11-02T13:30:10.794Z"))));
        assertThat(d.links())
                .containsExactly(new CotDetail.Link(
                        Optional.of("ANDROID-88:32:9B:40:EC:D0"),
                        Optional.of("a-f-G-U-C"),
                        Optional.of("p-p"),
                        Optional.empty(),
                        Optional.empty()));
        XmlElement chat = d.element("__chat").orElseThrow();
        assertThat(chat.attribute("chatroom")).contains("All Chat Rooms");
        XmlElement grp = chat.child("chatgrp").orElseThrow();
        assertThat(grp.attribute("uid0")).contains("ANDROID-88:32:9B:40:EC:D0");
        assertThat(grp.attribute("uid1")).contains("All Chat Rooms");
        assertThat(d.element("__serverdestination").flatMap(x -> x.attribute("destinations")))
                .contains("192.168.79.115:4242:tcp:ANDROID-88:32:9B:40:EC:D0");
        assertThat(d.precisionLocation())
                .contains(new CotDetail.PrecisionLocation(Optional.of("???"), Optional.of("???")));
    }

    @Test
    void drawingCircleKeepsNestedStyleAndText() {
        CotEvent e = read("atak_drawing_circle.cot.xml");
        assertThat(e.uid()).isEqualTo("6d09b6f6-720a-4eef-a197-183012512316");
        assertThat(e.type()).isEqualTo("u-d-c-c");
        assertThat(e.point().latDeg()).isEqualTo(38.83737606453269);
        assertThat(e.point().lonDeg()).isEqualTo(-77.0729993250914);
        XmlElement shape = e.detail().element("shape").orElseThrow();
        XmlElement ellipse = shape.child("ellipse").orElseThrow();
        assertThat(ellipse.attribute("major")).contains("226.98412686380018");
        assertThat(ellipse.attribute("angle")).contains("360");
        XmlElement style = shape.child("link").orElseThrow().child("Style").orElseThrow();
        assertThat(style.child("LineStyle")
                        .orElseThrow()
                        .child("color")
                        .orElseThrow()
                        .text())
                .isEqualTo("ffffffff");
        assertThat(style.child("LineStyle")
                        .orElseThrow()
                        .child("width")
                        .orElseThrow()
                        .text())
                .isEqualTo("4.0");
        assertThat(style.child("PolyStyle")
                        .orElseThrow()
                        .child("color")
                        .orElseThrow()
                        .text())
                .isEqualTo("96ffffff");
        assertThat(e.detail().element("fillColor").flatMap(x -> x.attribute("value")))
                .contains("-1761607681");
        assertThat(e.detail().contact())
                .contains(new CotDetail.Contact(Optional.of("Drawing Circle 1"), Optional.empty()));
        assertThat(e.detail().remarks()).contains(new CotDetail.Remarks("", Optional.empty(), Optional.empty()));
        assertThat(e.detail().elements().stream().map(XmlElement::name))
                .containsExactly(
                        "shape",
                        "strokeColor",
                        "strokeWeight",
                        "fillColor",
                        "contact",
                        "remarks",
                        "archive",
                        "labels_on",
                        "precisionlocation");
    }

    @Test
    void geofence() {
        CotEvent e = read("atak_geofence.cot.xml");
        assertThat(e.uid()).isEqualTo("d0be1c6b-4d86-40ec-bf8f-0e94b621eb3b");
        assertThat(e.time()).isEqualTo(t("2020-12-16T19:59:34.919Z"));
        assertThat(e.stale()).isEqualTo(t("2020-12-17T19:59:34.919Z"));
        XmlElement fence = e.detail().element("__geofence").orElseThrow();
        assertThat(fence.attribute("trigger")).contains("Entry");
        assertThat(fence.attribute("minElevation")).contains("-33.30720360300985");
        assertThat(fence.attribute("maxElevation")).contains("271.4927963969902");
        assertThat(fence.attribute("boundingSphere")).contains("75000.0");
        assertThat(e.detail()
                        .element("shape")
                        .orElseThrow()
                        .child("ellipse")
                        .orElseThrow()
                        .attribute("major"))
                .contains("297.72");
    }

    @Test
    void marker2525() {
        CotEvent e = read("atak_marker_2525.cot.xml");
        assertThat(e.uid()).isEqualTo("a0c524c6-0422-4382-9981-e39d1dc71730");
        assertThat(e.type()).isEqualTo("a-u-G");
        assertThat(e.how()).isEqualTo("h-g-i-g-o");
        assertThat(e.time()).isEqualTo(t("2020-12-16T19:59:34.910Z"));
        assertThat(e.stale()).isEqualTo(t("2021-01-02T20:40:03.838Z"));
        assertThat(e.point().latDeg()).isEqualTo(38.856650047254725);
        assertThat(e.point().lonDeg()).isEqualTo(-77.06364199776728);
        assertThat(e.detail().status()).contains(new CotDetail.Status(OptionalInt.empty(), Optional.of(true)));
        assertThat(e.detail().links())
                .containsExactly(new CotDetail.Link(
                        Optional.of("ANDROID-589520ccfcd20f01"),
                        Optional.of("a-f-G-U-C"),
                        Optional.of("p-p"),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(e.detail().links().get(0)).isNotNull();
        assertThat(e.detail().element("link").flatMap(l -> l.attribute("parent_callsign")))
                .contains("HOPE");
        assertThat(e.detail().contact()).contains(new CotDetail.Contact(Optional.of("U.16.135057"), Optional.empty()));
        // the file has <archive/> twice; both are kept
        assertThat(e.detail().elements("archive")).hasSize(2);
        assertThat(e.detail().element("usericon").flatMap(u -> u.attribute("iconsetpath")))
                .contains("COT_MAPPING_2525B/a-u/a-u-G");
    }

    @Test
    void spotMarker() {
        CotEvent e = read("atak_marker_spot.cot.xml");
        assertThat(e.uid()).isEqualTo("9405e320-9356-41c4-8449-f46990aa17f8");
        assertThat(e.type()).isEqualTo("b-m-p-s-m");
        assertThat(e.detail().element("color").flatMap(c -> c.attribute("argb")))
                .contains("-65536");
        assertThat(e.detail().contact()).contains(new CotDetail.Contact(Optional.of("R 1"), Optional.empty()));
        assertThat(e.point().latDeg()).isEqualTo(38.85606343062312);
    }

    @Test
    void rangeAndBearingLineWithEscapedCallsign() {
        CotEvent e = read("atak_range_bearing_line.cot.xml");
        assertThat(e.type()).isEqualTo("u-rb-a");
        assertThat(e.detail().element("range").flatMap(r -> r.attribute("value")))
                .contains("886.144457943895");
        assertThat(e.detail().element("bearing").flatMap(r -> r.attribute("value")))
                .contains("45.59655671674022");
        assertThat(e.detail().contact()).contains(new CotDetail.Contact(Optional.of("R&B 1"), Optional.empty()));
        assertThat(CotXml.write(e)).contains("<contact callsign=\"R&amp;B 1\"/>");
    }

    @Test
    void routeWaypointsAsLinks() {
        CotEvent e = read("atak_route.cot.xml");
        assertThat(e.uid()).isEqualTo("9017073e-5658-42e7-baa8-b98f3c9c1622");
        assertThat(e.type()).isEqualTo("b-m-r");
        List<CotDetail.Link> links = e.detail().links();
        assertThat(links).hasSize(13);
        assertThat(links.get(0).callsign()).contains("Route 1 SP");
        assertThat(links.get(0).type()).contains("b-m-p-w");
        assertThat(links.get(0).relation()).contains("c");
        assertThat(links.get(0).point())
                .contains(new CotDetail.LinkPoint(38.84335305982451, -77.05440032542333, OptionalDouble.empty()));
        assertThat(links.get(12).callsign()).contains("VDO");
        // the typed view writes back the attributes it knows, in the same text form
        XmlElement first = e.detail().elements("link").get(0);
        assertThat(links.get(0).toElement().attribute("point")).isEqualTo(first.attribute("point"));
        assertThat(links.get(0).toElement().attribute("uid")).isEqualTo(first.attribute("uid"));
        assertThat(links.get(12).point())
                .contains(new CotDetail.LinkPoint(38.84984726157651, -77.0410272520001, OptionalDouble.empty()));
        assertThat(links.stream().filter(l -> l.type().orElseThrow().equals("b-m-p-w")))
                .hasSize(4); // SP, CP1, CP2, VDO
        XmlElement attr = e.detail().element("link_attr").orElseThrow();
        assertThat(attr.attribute("method")).contains("Driving");
        assertThat(attr.attribute("order")).contains("Ascending Check Points");
        assertThat(e.detail().element("__routeinfo").orElseThrow().child("__navcues"))
                .isPresent();
    }
}
