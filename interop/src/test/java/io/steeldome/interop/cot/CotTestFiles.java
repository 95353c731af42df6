package io.steeldome.interop.cot;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Test fixtures: the sample events and the MITRE schemas in src/test/resources/cot (see PROVENANCE.md there). */
final class CotTestFiles {
    private CotTestFiles() {}

    static Path resource(String name) {
        URL u = CotTestFiles.class.getResource("/cot/" + name);
        if (u == null) {
            throw new IllegalStateException("missing test resource cot/" + name);
        }
        try {
            return Path.of(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every sample event file, sorted by name. */
    static Stream<Path> samples() {
        try (Stream<Path> s = Files.list(resource("examples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String sample) {
        try {
            return Files.readAllBytes(resource("examples/" + sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiled once: a {@link Schema} is immutable and thread-safe. */
    private static final class Schemas {
        static final Schema BASE = schema(List.of("CoT_Base-Event_Schema.xsd"));
        static final Schema MAPPER = schema(List.of(
                "CoT_Base-Event_Schema.xsd",
                "CoT_Track_Schema.xsd",
                "CoT_Flow-Tags_Schema.xsd",
                "CoT_Contact_Schema.xsd",
                "CoT_Remarks_Schema.xsd",
                "CoT_Link_Schema.xsd"));
    }

    /** The MITRE base event schema alone. */
    static Schema baseSchema() {
        return Schemas.BASE;
    }

    /** Base event schema plus the MITRE detail sub-schemas for the details the mapper writes. */
    static Schema mapperSchema() {
        return Schemas.MAPPER;
    }

    private static Schema schema(List<String> files) {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Source[] sources = files.stream()
                    .map(n -> new StreamSource(resource("schema/" + n).toFile()))
                    .toArray(Source[]::new);
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates XML text against a schema; throws with the validator's message when invalid. */
    static void validate(Schema schema, String xml) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
