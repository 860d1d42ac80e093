package vn.opendvc.feedback.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.web.VietnamTime;

/**
 * The two formats of Open311 GeoReport v2, from one document: JSON (the Spark convention: a list of items is an
 * array, the root element disappears) and XML (UTF-8 with its declaration, no namespace, the specification's element
 * names: each list is a plural element holding singular ones). Datetimes are W3C with the +07:00 offset.
 */
enum Open311Format {
    JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    /** The element of each item of a plural element, as the specification names them. */
    static final Map<String, String> SINGULAR = Map.ofEntries(Map.entry("services", "service"),
            Map.entry("service_requests", "request"), Map.entry("attributes", "attribute"),
            Map.entry("values", "value"), Map.entry("endpoints", "endpoint"), Map.entry("formats", "format"),
            Map.entry("errors", "error"), Map.entry("service_request_updates", "request_update"));

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

    final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** By the resource's suffix; XML (the required format) when there is none. */
    static Open311Format of(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }

    /** {@code 2026-11-23T09:30:00+07:00}, or {@code null}. */
    static String datetime(Instant instant) {
        return instant == null ? null
                : W3C.format(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), VietnamTime.ZONE));
    }

    /**
     * @param root the root element: a plural name (its value a list) or {@code discovery} / {@code
     *             service_definition} (its value a map)
     */
    String render(String root, Object document) {
        return this == JSON ? JSON_MAPPER.writeValueAsString(document) : xml(root, document);
    }

    private static String xml(String root, Object document) {
        try {
            StringWriter out = new StringWriter();
            // the JDK's own writer, whatever StAX library the classpath carries: the same bytes everywhere
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, document);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(xml, entry.getKey().toString(), entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = SINGULAR.get(name);
            if (item == null) {
                throw new IllegalArgumentException("No singular element for " + name);
            }
            for (Object each : list) {
                element(xml, item, each);
            }
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }
}
