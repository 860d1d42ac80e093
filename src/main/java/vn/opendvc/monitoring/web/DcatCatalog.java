package vn.opendvc.monitoring.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DCAT-AP catalogue (JSON-LD) of the indicator open data: one dataset, the monthly indicators per agency, with
 * a CSV and a JSON distribution. Titles and descriptions in Vietnamese and English at once, both read from the
 * monitoring bundles ({@code monitoring.dcat.*}); every URL absolute, from the portal's configured public address.
 */
final class DcatCatalog {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String EU = "http://publications.europa.eu/resource/authority/";

    static Map<String, Object> of(String base, LocalDate start, LocalDate end, LocalDate modified,
            OpenDataTexts texts) {
        Map<String, Object> publisher = node(base + "/#publisher", "foaf:Agent");
        publisher.put("foaf:name", texts.tagged("monitoring.dcat.publisher"));
        publisher.put("foaf:homepage", id(base + "/"));

        Map<String, Object> contact = node(base + "/#contact", "vcard:Organization");
        contact.put("vcard:fn", "OpenDVC");
        contact.put("vcard:hasURL", id(base + "/indicators"));

        Map<String, Object> temporal = node(null, "dct:PeriodOfTime");
        temporal.put("dcat:startDate", typed(start.toString(), "xsd:date"));
        temporal.put("dcat:endDate", typed(end.toString(), "xsd:date"));

        Map<String, Object> dataset = node(base + "/api/v1/open-data/indicators", "dcat:Dataset");
        dataset.put("dct:identifier", "opendvc-indicators-monthly");
        dataset.put("dct:title", texts.tagged("monitoring.dcat.dataset.title"));
        dataset.put("dct:description", texts.tagged("monitoring.dcat.dataset.description"));
        String[] keywords = {"monitoring.dcat.dataset.keyword.1", "monitoring.dcat.dataset.keyword.2"};
        dataset.put("dcat:keyword", List.of(texts.tagged(OpenDataTexts.VIETNAMESE, keywords[0]),
                texts.tagged(OpenDataTexts.VIETNAMESE, keywords[1]), texts.tagged(OpenDataTexts.ENGLISH, keywords[0]),
                texts.tagged(OpenDataTexts.ENGLISH, keywords[1])));
        dataset.put("dcat:theme", id(EU + "data-theme/GOVE"));
        dataset.put("dct:language", List.of(id(EU + "language/VIE"), id(EU + "language/ENG")));
        dataset.put("dct:publisher", id(base + "/#publisher"));
        dataset.put("dcat:contactPoint", contact);
        dataset.put("dct:license", id(OpenDataApi.LICENSE));
        dataset.put("dct:accessRights", id(EU + "access-right/PUBLIC"));
        dataset.put("dct:accrualPeriodicity", id(EU + "frequency/MONTHLY"));
        dataset.put("dct:temporal", temporal);
        dataset.put("dct:spatial", id("http://sws.geonames.org/1562822/"));
        dataset.put("dct:modified", typed(modified.toString(), "xsd:date"));
        dataset.put("dcat:landingPage", id(base + "/indicators"));
        dataset.put("dcat:distribution", List.of(
                distribution(base + OpenDataApi.CSV, "CSV", "text/csv", texts.tagged("monitoring.dcat.csv")),
                distribution(base + OpenDataApi.JSON, "JSON", "application/json",
                        texts.tagged("monitoring.dcat.json"))));

        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context());
        catalog.put("@id", base + OpenDataApi.CATALOG);
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", texts.tagged("monitoring.dcat.catalog.title"));
        catalog.put("dct:description", texts.tagged("monitoring.dcat.catalog.description"));
        catalog.put("dct:publisher", publisher);
        catalog.put("dct:language", List.of(id(EU + "language/VIE"), id(EU + "language/ENG")));
        catalog.put("dct:license", id(OpenDataApi.LICENSE));
        catalog.put("dct:modified", typed(modified.toString(), "xsd:date"));
        catalog.put("foaf:homepage", id(base + "/indicators"));
        catalog.put("dcat:dataset", List.of(dataset));
        return catalog;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType,
            List<Map<String, String>> title) {
        Map<String, Object> distribution = node(url, "dcat:Distribution");
        distribution.put("dct:title", title);
        distribution.put("dcat:accessURL", id(url));
        distribution.put("dcat:downloadURL", id(url));
        distribution.put("dcat:mediaType", id("http://www.iana.org/assignments/media-types/" + mediaType));
        distribution.put("dct:format", id(EU + "file-type/" + format));
        distribution.put("dct:license", id(OpenDataApi.LICENSE));
        return distribution;
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", DCAT);
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (id != null) {
            node.put("@id", id);
        }
        node.put("@type", type);
        return node;
    }

    private static Map<String, String> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, String> typed(String value, String type) {
        return Map.of("@value", value, "@type", type);
    }

    private DcatCatalog() {
    }
}
