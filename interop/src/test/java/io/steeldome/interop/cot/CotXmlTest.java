package io.steeldome.interop.cot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CotXmlTest {
    private static final String HEAD = "<event version=\"2.0\" uid=\"u-1\" type=\"a-f-G\" how=\"m-g\" "
            + "time=\"2020-01-01T00:00:00Z\" start=\"2020-01-01T00:00:00Z\" stale=\"2020-01-01T00:01:00Z\">";
    private static final String POINT = "<point lat=\"1.5\" lon=\"-2.25\" hae=\"10\" ce=\"5\" le=\"9999999.0\"/>";

    private static String event(String detail) {
        return HEAD + POINT + detail + "</event>";
    }

    @ParameterizedTest
    @CsvSource({
        "2020-01-01T00:00:00Z, 2020-01-01T00:00:00.000Z",
        "2020-01-01T00:00:00.4Z, 2020-01-01T00:00:00.400Z",
        "2020-01-01T00:00:00.12Z, 2020-01-01T00:00:00.120Z",
        "2020-01-01T00:00:00.842Z, 2020-01-01T00:00:00.842Z",
        "2020-01-01T00:00:00.123456Z, 2020-01-01T00:00:00.123Z",
        "2020-01-01T00:00:00.1234567891234Z, 2020-01-01T00:00:00.123Z",
        "2020-01-01T02:00:00.5+02:00, 2020-01-01T00:00:00.500Z",
        "2019-12-31T19:00:00-0500, 2020-01-01T00:00:00.000Z",
        "2020-01-01T00:00:00, 2020-01-01T00:00:00.000Z"
    })
    void timesWithAnyFractionAndOffsetAreReadAndWrittenInUtcMilliseconds(String in, String out) {
        assertThat(CotTime.format(CotTime.parse("time", in))).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2020-13-01T00:00:00Z", "2020-01-01 00:00:00Z", "2020-01-01T25:00:00Z"})
    void badTimesAreTypedErrors(String in) {
        assertThatThrownBy(() -> CotTime.parse("stale", in))
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.BAD_TIME);
    }

    @Test
    void bothQuoteStylesAndExtraWhitespaceReadTheSame() {
        String dq = event("<detail><contact callsign=\"A 'quoted' B\"/></detail>");
        String sq = "  \n<?xml version='1.0'?>\n\n<event version='2.0'\n uid = 'u-1' type='a-f-G' how='m-g'\n\t"
                + "time='2020-01-01T00:00:00Z' start='2020-01-01T00:00:00Z' stale='2020-01-01T00:01:00Z' >\n"
                + "  <point lat='1.5' lon='-2.25' hae='10' ce='5' le='9999999.0' />\n"
                + "  <detail>\n    <contact callsign=\"A 'quoted' B\" />\n  </detail>\n</event>\n  ";
        assertThat(CotXml.read(sq)).isEqualTo(CotXml.read(dq));
        assertThat(CotXml.read(dq).detail().contact().orElseThrow().callsign()).contains("A 'quoted' B");
    }

    @Test
    void unknownMarkerIsEmptyAndWrittenBack() {
        CotEvent e = CotXml.read(event("<detail/>"));
        assertThat(e.point().haeM()).isEqualTo(OptionalDouble.of(10));
        assertThat(e.point().ceM()).isEqualTo(OptionalDouble.of(5));
        assertThat(e.point().leM()).isEmpty();
        assertThat(CotXml.write(e))
                .contains("<point lat=\"1.5\" lon=\"-2.25\" hae=\"10.0\" ce=\"5.0\" le=\"9999999.0\"/>");
    }

    @Test
    void writerOutputHasTheCot20ShapeAndIsDeterministic() throws Exception {
        CotEvent e = CotEvent.builder("id-9", "a-h-A-W-M")
                .how("m-f")
                .time(Instant.parse("2024-05-06T07:08:09.123456Z"))
                .timeToLive(Duration.ofSeconds(30))
                .point(CotPoint.of(45, 7))
                .access("Unrestricted")
                .qos("5-r-d")
                .opex("e-TEST")
                .build();
        String xml = CotXml.write(e);
        assertThat(xml)
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<event version=\"2.0\" uid=\"id-9\" type=\"a-h-A-W-M\" how=\"m-f\""
                        + " time=\"2024-05-06T07:08:09.123Z\" start=\"2024-05-06T07:08:09.123Z\""
                        + " stale=\"2024-05-06T07:08:39.123Z\" access=\"Unrestricted\" qos=\"5-r-d\" opex=\"e-TEST\">"
                        + "<point lat=\"45.0\" lon=\"7.0\" hae=\"9999999.0\" ce=\"9999999.0\" le=\"9999999.0\"/>"
                        + "<detail/></event>");
        assertThat(CotXml.write(CotXml.read(xml))).isEqualTo(xml);
        CotTestFiles.validate(CotTestFiles.baseSchema(), xml);
    }

    @Test
    void attributeAndTextEscapingSurvivesAndIsWellFormed() throws Exception {
        String nasty = "a&b <c> \"d\" 'e'\ttab\nnewline\rcr ünï €";
        CotEvent e = CotEvent.builder("uid&<\"'>", "b-t-f")
                .how("h-e")
                .time(Instant.parse("2024-01-01T00:00:00Z"))
                .timeToLive(Duration.ofMinutes(1))
                .point(CotPoint.of(-0.0, 179.5))
                .detail(XmlElement.of("contact", "callsign", nasty))
                .detail(new CotDetail.Remarks(nasty + " ]]> end", Optional.empty(), Optional.empty()).toElement())
                .build();
        String xml = CotXml.write(e);
        CotEvent back = CotXml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(back).isEqualTo(e);
        assertThat(back.detail().contact().orElseThrow().callsign()).contains(nasty);
        assertThat(back.detail().remarks().orElseThrow().text()).isEqualTo(nasty + " ]]> end");
        // an independent parser (DOM) agrees
        Document doc = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element contact = (Element) doc.getElementsByTagName("contact").item(0);
        assertThat(contact.getAttribute("callsign")).isEqualTo(nasty);
        assertThat(doc.getDocumentElement().getAttribute("uid")).isEqualTo("uid&<\"'>");
        CotTestFiles.validate(CotTestFiles.baseSchema(), xml);
    }

    @Test
    void unknownDetailsKeepNamesAttributesOrderTextAndNamespaces() {
        String detail =
                "<detail xtra=\"1\"><zeta b=\"2\" a=\"1\"/><alpha><inner>text &amp; more</inner><inner/></alpha>"
                        + "<p:thing xmlns:p=\"urn:x\" p:k=\"v\">mixed <b>bold</b> tail</p:thing><zeta/></detail>";
        CotEvent e = CotXml.read(event(detail));
        assertThat(e.detail().attributes()).containsExactly(new XmlAttribute("xtra", "1"));
        assertThat(e.detail().elements().stream().map(XmlElement::name))
                .containsExactly("zeta", "alpha", "p:thing", "zeta");
        XmlElement zeta = e.detail().elements().get(0);
        assertThat(zeta.attributes()).containsExactly(new XmlAttribute("b", "2"), new XmlAttribute("a", "1"));
        XmlElement thing = e.detail().elements().get(2);
        assertThat(thing.children())
                .containsExactly(
                        new XmlText("mixed "),
                        new XmlElement("b", List.of(), List.of(new XmlText("bold"))),
                        new XmlText(" tail"));
        assertThat(CotXml.write(e)).contains(detail);
        assertThat(CotXml.read(CotXml.write(e))).isEqualTo(e);
    }

    @Test
    void nanOrMissingHeightAndErrorsAreUnknown() {
        CotEvent e = CotXml.read(HEAD + "<point lat='1' lon='2' hae='NaN' ce='nan'/></event>");
        assertThat(e.point().haeM()).isEmpty();
        assertThat(e.point().ceM()).isEmpty();
        assertThat(e.point().leM()).isEmpty();
        assertThat(CotXml.read(CotXml.write(e))).isEqualTo(e);
    }

    @Test
    void commentsAreDroppedAndCdataBecomesText() {
        CotEvent e = CotXml.read(event("<detail><!-- c --><remarks>a<!-- x -->b<![CDATA[<c&>]]></remarks></detail>"));
        assertThat(e.detail().remarks().orElseThrow().text()).isEqualTo("ab<c&>");
        assertThat(CotXml.write(e)).contains("<remarks>ab&lt;c&amp;&gt;</remarks>");
    }

    @Test
    void lyingUtf16DeclarationOnAsciiBytesIsIgnored() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\" standalone=\"yes\"?>" + event("<detail/>");
        assertThat(CotXml.read(xml.getBytes(StandardCharsets.US_ASCII)).uid()).isEqualTo("u-1");
    }

    @Test
    void realUtf16WithAndWithoutBomIsRead() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>"
                + event("<detail><contact callsign=\"Zürich €\"/></detail>");
        byte[] withBom = xml.getBytes(StandardCharsets.UTF_16); // big-endian with BOM
        byte[] le = xml.getBytes(StandardCharsets.UTF_16LE);
        assertThat(CotXml.read(withBom).detail().contact().orElseThrow().callsign())
                .contains("Zürich €");
        assertThat(CotXml.read(le).detail().contact().orElseThrow().callsign()).contains("Zürich €");
    }

    @Test
    void latin1BytesDeclaredAsSuchAreReadWhenNotUtf8() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                + event("<detail><contact callsign=\"Gärtner\"/></detail>");
        CotEvent e = CotXml.read(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(e.detail().contact().orElseThrow().callsign()).contains("Gärtner");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("cot-xxe", ".txt");
        java.nio.file.Files.writeString(secret, "SECRET-CONTENT");
        try {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE event [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                    + HEAD.replace("uid=\"u-1\"", "uid=\"&x;\"") + POINT + "</event>";
            assertThatThrownBy(() -> CotXml.read(xxe))
                    .isInstanceOf(CotException.class)
                    .hasMessageNotContaining("SECRET-CONTENT")
                    .extracting(ex -> ((CotException) ex).code())
                    .isEqualTo(CotError.DTD_NOT_ALLOWED);
        } finally {
            java.nio.file.Files.delete(secret);
        }
    }

    @Test
    void entityExpansionBombIsRejected() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE event [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"");
            dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = dtd + HEAD + POINT + "<detail><remarks>&a9;</remarks></detail></event>";
        assertThatThrownBy(() -> CotXml.read(bomb))
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.DTD_NOT_ALLOWED);
    }

    @Test
    void malformedXmlReportsLineAndColumn() {
        String bad = "<event version='2.0' uid='x' type='a-f-G' how='m-g'\n"
                + " time='2020-01-01T00:00:00Z' start='2020-01-01T00:00:00Z' stale='2020-01-01T00:01:00Z'>\n"
                + "<point lat='1' lon='2' hae='0' ce='0' le='0'/>\n"
                + "<detail><contact callsign='a' callsign='b'/></detail></event>";
        CotException ex = catchCot(bad);
        assertThat(ex.code()).isEqualTo(CotError.MALFORMED_XML);
        assertThat(ex.line()).isEqualTo(4);
        assertThat(ex.column()).isPositive();
        assertThat(ex.getMessage()).startsWith("malformed XML at line 4");
    }

    @Test
    void semanticErrorsAreTypedAndPlaced() {
        CotException badLon = catchCot(HEAD + "\n<point lat='1' lon='east' hae='0' ce='0' le='0'/></event>");
        assertThat(badLon.code()).isEqualTo(CotError.BAD_NUMBER);
        assertThat(badLon.line()).isEqualTo(2);
        assertThat(badLon.getMessage()).isEqualTo("<point> attribute lon = \"east\" is not a number");

        assertThat(catchCot(HEAD + "<point lat='91' lon='0' hae='0' ce='0' le='0'/></event>")
                        .code())
                .isEqualTo(CotError.OUT_OF_RANGE);
        assertThat(catchCot(HEAD + "</event>").code()).isEqualTo(CotError.MISSING_POINT);
        assertThat(catchCot(HEAD.replace(" how=\"m-g\"", "") + POINT + "</event>")
                        .code())
                .isEqualTo(CotError.MISSING_ATTRIBUTE);
        assertThat(catchCot(HEAD.replace("time=\"2020-01-01T00:00:00Z\"", "time=\"now\"") + POINT + "</event>")
                        .code())
                .isEqualTo(CotError.BAD_TIME);
        assertThat(catchCot("<message/>").code()).isEqualTo(CotError.NOT_AN_EVENT);
        assertThat(catchCot("").code()).isEqualTo(CotError.MALFORMED_XML);
        assertThat(catchCot(HEAD + POINT).code()).isEqualTo(CotError.MALFORMED_XML);
        assertThat(catchCot(HEAD + POINT + POINT + "</event>").code()).isEqualTo(CotError.DUPLICATE_ELEMENT);
        assertThat(catchCot(event("<detail/>") + "<event/>").code()).isEqualTo(CotError.MALFORMED_XML);
    }

    @Test
    void staleBeforeStartIsRejectedWithAClearMessage() {
        String xml =
                HEAD.replace("stale=\"2020-01-01T00:01:00Z\"", "stale=\"2019-12-31T23:59:59.5Z\"") + POINT + "</event>";
        CotException ex = catchCot(xml);
        assertThat(ex.code()).isEqualTo(CotError.STALE_BEFORE_START);
        assertThat(ex.getMessage())
                .isEqualTo("event u-1: stale 2019-12-31T23:59:59.500Z is before start 2020-01-01T00:00:00.000Z;"
                        + " an event must be valid for a non-negative interval");
    }

    @Test
    void timeStartStaleSemantics() {
        Instant gen = Instant.parse("2024-01-01T12:00:00Z");
        // generated at noon, valid from 13:00 for 30 minutes (the MITRE schema's own example)
        CotEvent e = CotEvent.builder("x", "a-h-G")
                .how("h-e")
                .time(gen)
                .start(gen.plus(Duration.ofHours(1)))
                .timeToLive(Duration.ofMinutes(30))
                .point(CotPoint.of(0, 0))
                .build();
        assertThat(e.stale()).isEqualTo(Instant.parse("2024-01-01T13:30:00Z"));
        assertThat(e.isValidAt(gen)).isFalse();
        assertThat(e.isValidAt(Instant.parse("2024-01-01T13:00:00Z"))).isTrue();
        assertThat(e.isValidAt(Instant.parse("2024-01-01T13:29:59.999Z"))).isTrue();
        assertThat(e.isValidAt(Instant.parse("2024-01-01T13:30:00Z"))).isFalse();
        // start defaults to time
        CotEvent pli = CotEvent.builder("y", "a-f-G")
                .how("m-g")
                .time(gen)
                .timeToLive(Duration.ofSeconds(20))
                .point(CotPoint.of(0, 0))
                .build();
        assertThat(pli.start()).isEqualTo(gen);
        assertThat(pli.stale()).isEqualTo(gen.plusSeconds(20));
        assertThatThrownBy(() -> CotEvent.builder("z", "a-f-G")
                        .how("m-g")
                        .time(gen)
                        .stale(gen.minusMillis(1))
                        .point(CotPoint.of(0, 0))
                        .build())
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.STALE_BEFORE_START);
        assertThatThrownBy(() -> CotEvent.builder("z", "a-f-G")
                        .how("m-g")
                        .time(gen)
                        .point(CotPoint.of(0, 0))
                        .build())
                .isInstanceOf(CotException.class)
                .hasMessageContaining("stale");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a--f", "a f", "-a"})
    void typeMustMatchTheSchemaPattern(String type) {
        assertThatThrownBy(() -> CotEvent.builder("u", type)
                        .how("m-g")
                        .time(Instant.EPOCH)
                        .timeToLive(Duration.ZERO)
                        .point(CotPoint.of(0, 0))
                        .build())
                .isInstanceOf(CotException.class);
    }

    @Test
    void typeWithTrailingSemicolonFieldIsAccepted() {
        CotEvent e = CotXml.read(HEAD.replace("a-f-G", "a-f-G;extra") + POINT + "</event>");
        assertThat(e.type()).isEqualTo("a-f-G;extra");
    }

    @Test
    void controlCharactersCannotBeWritten() {
        assertThatThrownBy(() -> XmlElement.of("remarks", "x", "bell\u0007"))
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.BAD_XML_CHAR);
        assertThatThrownBy(() -> XmlElement.of("1bad"))
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.BAD_XML_NAME);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1e-7, 1.0e-12, 12345678.9, 9999999.0, -33.30720360300985, 1e21, Double.MIN_VALUE})
    void decimalsArePlainAndExact(double x) {
        String s = CotXml.decimal(x);
        assertThat(s).doesNotContainIgnoringCase("e");
        assertThat(Double.parseDouble(s)).isEqualTo(x);
    }

    @Test
    void flowTagsAreReadAndAppended() {
        CotEvent e = CotXml.read(event("<detail><_flow-tags_ TAK-Server-1=\"2020-01-01T00:00:01.5Z\"/></detail>"));
        assertThat(e.detail().flowTags())
                .containsExactly(new CotDetail.FlowTag("TAK-Server-1", Instant.parse("2020-01-01T00:00:01.500Z")));
        CotDetail d = e.detail().withFlowTag("steeldome", Instant.parse("2020-01-01T00:00:02Z"));
        assertThat(d.flowTags()).extracting(CotDetail.FlowTag::system).containsExactly("TAK-Server-1", "steeldome");
        assertThat(d.elements()).hasSize(1);
    }

    @Test
    void malformedDetailValuesFailOnlyWhenAccessed() {
        CotEvent e = CotXml.read(event("<detail><track course=\"north\" speed=\"1\"/></detail>"));
        assertThatThrownBy(() -> e.detail().track())
                .asInstanceOf(type(CotException.class))
                .extracting(CotException::code)
                .isEqualTo(CotError.BAD_NUMBER);
        assertThat(CotXml.read(CotXml.write(e))).isEqualTo(e);
    }

    /**
     * Hand-written events in the shapes TAK produces that the real samples do not cover (written for this test, not
     * captured): a server ping, a delivery receipt, a free-form drawing whose link points carry heights, and a PLI
     * with version, flow tags and a track slope.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<event version=\"2.0\" uid=\"takPing\" type=\"t-x-c-t\" how=\"h-g-i-g-o\" time=\"2023-05-01T10:00:00Z\""
                        + " start=\"2023-05-01T10:00:00Z\" stale=\"2023-05-01T10:00:20Z\">"
                        + "<point lat=\"0\" lon=\"0\" hae=\"0\" ce=\"9999999\" le=\"9999999\"/><detail/></event>",
                "<?xml version='1.0' encoding='UTF-8' standalone='yes'?><event version='2.0' uid='ack-1' type='b-t-f-d'"
                        + " time='2023-05-01T10:00:00.12Z' start='2023-05-01T10:00:00.12Z' stale='2023-05-02T10:00:00.12Z'"
                        + " how='h-g-i-g-o'><point lat='0.0' lon='0.0' hae='9999999.0' ce='9999999.0' le='9999999.0'/>"
                        + "<detail><__chatreceipt chatroom='Alpha' groupOwner='false' id='Alpha' senderCallsign='A1'"
                        + " messageId='m-77'><chatgrp id='Alpha' uid0='ANDROID-1' uid1='ANDROID-2'/></__chatreceipt>"
                        + "<link uid='ANDROID-1' type='a-f-G-U-C' relation='p-p'/></detail></event>",
                "<event version='2.0' uid='ff-1' type='u-d-f' time='2023-05-01T10:00:00Z' start='2023-05-01T10:00:00Z'"
                        + " stale='2023-05-02T10:00:00Z' how='h-e'><point lat='38.8' lon='-77.0' hae='9999999.0'"
                        + " ce='9999999.0' le='9999999.0'/><detail><link point='38.80,-77.01,12.5'/>"
                        + "<link point='38.81,-77.02,13.0'/><link point='38.82,-77.00'/><strokeColor value='-16776961'/>"
                        + "<strokeWeight value='4.0'/><contact callsign='Freeform 1'/><remarks/><archive/>"
                        + "<labels_on value='false'/><color value='-16776961'/></detail></event>",
                "<event version=\"2.0\" uid=\"ANDROID-abc\" type=\"a-f-G-U-C\" how=\"m-g\""
                        + " time=\"2023-05-01T10:00:00.123456Z\" start=\"2023-05-01T10:00:00.123Z\""
                        + " stale=\"2023-05-01T10:06:00.123Z\" access=\"Undefined\"><point lat=\"-33.9\""
                        + " lon=\"151.2\" hae=\"42.1\" ce=\"4.9\" le=\"9.1\"/><detail><takv os=\"33\""
                        + " version=\"4.10.0\" device=\"PIXEL\" platform=\"ATAK-CIV\"/>"
                        + "<contact endpoint=\"*:-1:stcp\" callsign=\"Kiwi\"/><uid Droid=\"Kiwi\"/>"
                        + "<__group role=\"Team Lead\" name=\"Dark Blue\"/><status battery=\"87\"/>"
                        + "<track course=\"271.5\" speed=\"1.25\" slope=\"-2.5\"/>"
                        + "<_flow-tags_ TAK-Server-abc=\"2023-05-01T10:00:00.456789Z\"/></detail></event>"
            })
    void otherTakEventShapesRoundTripAndValidate(String xml) throws Exception {
        CotEvent e = CotXml.read(xml);
        String written = CotXml.write(e);
        assertThat(CotXml.read(written)).isEqualTo(e);
        CotTestFiles.validate(CotTestFiles.baseSchema(), written);
        e.detail().links().forEach(l -> assertThat(l).isNotNull()); // typed views do not throw on these
        e.detail().flowTags().forEach(f -> assertThat(f.time()).isNotNull());
        e.detail().track().ifPresent(t -> assertThat(t.speedMps()).isGreaterThanOrEqualTo(0));
        e.detail().status().ifPresent(st -> assertThat(st).isNotNull());
    }

    @Test
    void freeFormLinkPointsWithHeights() {
        CotEvent e = CotXml.read("<event version='2.0' uid='ff' type='u-d-f' time='2023-05-01T10:00:00Z'"
                + " start='2023-05-01T10:00:00Z' stale='2023-05-02T10:00:00Z' how='h-e'><point lat='1' lon='2'/>"
                + "<detail><link point='38.80,-77.01,12.5'/><link point='38.82, -77.00'/></detail></event>");
        assertThat(e.detail().links())
                .extracting(l -> l.point().orElseThrow())
                .containsExactly(
                        new CotDetail.LinkPoint(38.80, -77.01, OptionalDouble.of(12.5)),
                        new CotDetail.LinkPoint(38.82, -77.00, OptionalDouble.empty()));
        assertThat(e.detail().links().get(0).uid()).isEmpty();
    }

    private static CotException catchCot(String xml) {
        try {
            CotXml.read(xml);
        } catch (CotException e) {
            return e;
        }
        throw new AssertionError("no CotException for " + xml);
    }
}
