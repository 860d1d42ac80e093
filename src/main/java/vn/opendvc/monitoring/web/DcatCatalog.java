package vn.opendvc.monitoring.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DCAT-AP catalogue (JSON-LD) of the indicator open data: one dataset, the monthly indicators per agency, with
 * a CSV and a JSON distribution. Titles and descriptions in Vietnamese and English; every URL absolute, from the
 * address the catalogue was asked at.
 */
final class DcatCatalog {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String EU = "http://publications.europa.eu/resource/authority/";

    static Map<String, Object> of(String base, LocalDate start, LocalDate end, LocalDate modified) {
        Map<String, Object> publisher = node(base + "/#publisher", "foaf:Agent");
        publisher.put("foaf:name", texts("Cổng Dịch vụ công OpenDVC", "OpenDVC public service portal"));
        publisher.put("foaf:homepage", id(base + "/"));

        Map<String, Object> contact = node(base + "/#contact", "vcard:Organization");
        contact.put("vcard:fn", "OpenDVC");
        contact.put("vcard:hasURL", id(base + "/indicators"));

        Map<String, Object> temporal = node(null, "dct:PeriodOfTime");
        temporal.put("dcat:startDate", typed(start.toString(), "xsd:date"));
        temporal.put("dcat:endDate", typed(end.toString(), "xsd:date"));

        Map<String, Object> dataset = node(base + "/api/v1/open-data/indicators", "dcat:Dataset");
        dataset.put("dct:identifier", "opendvc-indicators-monthly");
        dataset.put("dct:title", texts("Chỉ số phục vụ người dân, doanh nghiệp theo cơ quan và tháng",
                "Service quality indicators per agency and month"));
        dataset.put("dct:description", texts(
                "Số liệu theo tháng của từng cơ quan và cả nước theo Bộ chỉ số Quyết định 766/QĐ-TTg: số hồ sơ "
                        + "đã nộp (trực tuyến, trực tiếp, bưu chính), đã kết thúc, đúng hạn, trực tuyến toàn trình, "
                        + "thanh toán trực tuyến, kết quả điện tử, số hóa, tái sử dụng dữ liệu, đánh giá, phản ánh; "
                        + "tỷ lệ toàn trình, tổng điểm và xếp loại. Số liệu của một cơ quan gồm cả các đơn vị trực "
                        + "thuộc. Không có dữ liệu cá nhân.",
                "Monthly figures of every agency and of the whole country under the indicator model of Decision "
                        + "766/QĐ-TTg: dossiers submitted (online, at the counter, by post), finished, on time, "
                        + "fully online, paid online, with electronic results, digitised, reusing data, ratings, "
                        + "complaints; the fully-online rate, the total score and the band. An agency's figures "
                        + "include the agencies under it. No personal data."));
        dataset.put("dcat:keyword", List.of(lang("dịch vụ công", "vi"), lang("chỉ số phục vụ", "vi"),
                lang("public services", "en"), lang("service quality indicators", "en")));
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
                distribution(base + OpenDataApi.CSV, "CSV", "text/csv",
                        texts("Bảng CSV (UTF-8 có BOM, RFC 4180), một dòng cho mỗi cơ quan mỗi tháng",
                                "CSV table (UTF-8 with a byte order mark, RFC 4180), one row per agency per month")),
                distribution(base + OpenDataApi.JSON, "JSON", "application/json",
                        texts("JSON, một đối tượng cho mỗi cơ quan mỗi tháng",
                                "JSON, one object per agency per month"))));

        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context());
        catalog.put("@id", base + OpenDataApi.CATALOG);
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", texts("Dữ liệu mở của Cổng Dịch vụ công OpenDVC",
                "Open data of the OpenDVC public service portal"));
        catalog.put("dct:description", texts(
                "Danh mục dữ liệu mở về chất lượng phục vụ người dân, doanh nghiệp (DCAT-AP).",
                "Catalogue of the open data on the quality of public services (DCAT-AP)."));
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

    private static Map<String, String> lang(String value, String language) {
        return Map.of("@value", value, "@language", language);
    }

    private static List<Map<String, String>> texts(String vietnamese, String english) {
        return List.of(lang(vietnamese, "vi"), lang(english, "en"));
    }

    private DcatCatalog() {
    }
}
