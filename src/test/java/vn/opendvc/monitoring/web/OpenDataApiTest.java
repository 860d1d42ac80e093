package vn.opendvc.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.HAI_CHAU;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/** The open data: counted figures per agency and month, as CSV and JSON, with no personal data, and its DCAT-AP. */
@ApplicationTest
@OnMondayMorning
class OpenDataApiTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyDirectory agencies;

    /** A month no other test works in, so the figures of Hải Châu that month move only with this class. */
    static final String SEPTEMBER = "2026-09-16T09:30";
    static final String MONTH = "2026-09";

    private MvcResult call(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private Map<String, JsonNode> jsonRow(String agency) throws Exception {
        MvcResult result = call("/api/v1/open-data/indicators.json", "from", MONTH, "to", MONTH);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode row : fixture.body(result).get("rows")) {
            if (agency.equals(row.get("agency_code").asString()) && MONTH.equals(row.get("month").asString())) {
                row.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
            }
        }
        assertThat(out).as("row of %s in %s", agency, MONTH).isNotEmpty();
        return out;
    }

    private static long count(Map<String, JsonNode> row, String column) {
        return row.get(column).asLong();
    }

    @Test
    void csvAndJsonCountADossierOfTheMonthAndCarryNoPersonalData() throws Exception {
        clock.set(SEPTEMBER);
        Map<String, JsonNode> before = jsonRow(HAI_CHAU);
        Map<String, JsonNode> countryBefore = jsonRow("VN");

        Dossier delivered = fixture.delivered("congdan1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> now = jsonRow(HAI_CHAU);
            assertThat(count(now, "full_process")).isEqualTo(count(before, "full_process") + 1);
            assertThat(count(now, "results_electronic")).isEqualTo(count(before, "results_electronic") + 1);
        });
        Map<String, JsonNode> after = jsonRow(HAI_CHAU);
        for (String column : List.of("submitted", "submitted_online", "submitted_digitized", "finished",
                "finished_done", "finished_with_due_date", "full_process", "results_electronic")) {
            assertThat(count(after, column)).as(column).isEqualTo(count(before, column) + 1);
        }
        assertThat(count(after, "submitted_counter")).isEqualTo(count(before, "submitted_counter"));
        String name = agencies.find(HAI_CHAU).orElseThrow().name();
        assertThat(name).isEqualTo("Phường Hải Châu, thành phố Đà Nẵng");
        assertThat(after.get("agency_name").asString()).isEqualTo(name);
        assertThat(after.get("parent_code").asString()).isEqualTo("DNG");
        // by default a dossier an agent submitted for a citizen counts as online too (the JSON's onlineChannels)
        assertThat(after.get("full_process_rate").asDouble()).isEqualTo(Math.round((count(after, "full_process")
                + count(after, "full_process_assisted")) * 10_000.0 / count(after, "finished")) / 10_000.0);
        assertThat(after.get("score").isNumber()).isTrue();
        assertThat(after.get("band").asString()).isIn("EXCELLENT", "GOOD", "FAIR", "WEAK");
        // the country counts the dossier once too
        assertThat(count(jsonRow("VN"), "full_process")).isEqualTo(count(countryBefore, "full_process") + 1);

        MvcResult csv = call("/api/v1/open-data/indicators.csv", "from", MONTH, "to", MONTH);
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).endsWith("\r\n");
        List<List<String>> records = parse(text);
        List<String> header = records.getFirst();
        assertThat(header).isEqualTo(OpenDataApi.COLUMNS);
        List<String> haiChau = records.stream()
                .filter(r -> r.get(0).equals(MONTH) && r.get(1).equals(HAI_CHAU)).findFirst().orElseThrow();
        assertThat(haiChau).hasSize(header.size());
        for (String column : List.of("submitted", "finished", "full_process", "results_electronic", "paid_online",
                "fee_due", "ratings", "complaints", "catalog_procedures")) {
            assertThat(haiChau.get(header.indexOf(column))).as(column).isEqualTo(String.valueOf(count(after, column)));
        }
        assertThat(haiChau.get(header.indexOf("agency_name"))).isEqualTo(name);
        assertThat(text).contains("," + HAI_CHAU + ",\"" + name + "\",XA,DNG,");
        // one row per agency (and the country) per month
        assertThat(records).hasSize(1 + 1 + agencies.all().size());

        String json = call("/api/v1/open-data/indicators.json", "from", MONTH, "to", MONTH).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"onlineChannels\":[\"online\",\"assisted\"]");
        assertThat(header).contains("submitted_assisted", "full_process_assisted");
        CurrentUser applicant = fixture.user("congdan1");
        for (String body : List.of(text, json)) {
            assertThat(body).doesNotContain(delivered.code(), delivered.applicantName(), applicant.displayName(),
                    applicant.personalId(), "0905123456", "Nguyễn Thị Minh Khai", "nguoinop@example.vn");
            assertThat(body).doesNotContain("dossier_id", "\"id\"", "applicant");
        }
    }

    @Test
    void badMonthsAreProblemDetails() throws Exception {
        clock.set(SEPTEMBER);
        for (String[] params : List.of(new String[] {"from", "2026-13"}, new String[] {"to", "tháng 9"},
                new String[] {"from", "2026-08", "to", "2026-01"}, new String[] {"to", "2027-01"},
                new String[] {"from", "2010-01", "to", "2026-01"})) {
            for (String path : List.of("/api/v1/open-data/indicators.csv", "/api/v1/open-data/indicators.json")) {
                MvcResult result = call(path, params);
                assertThat(result.getResponse().getStatus()).as("%s %s", path, List.of(params)).isEqualTo(400);
                assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
                JsonNode problem = fixture.body(result);
                assertThat(problem.get("type").asString()).isEqualTo("urn:opendvc:problem:bad-request");
                assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
            }
        }
        // without parameters: the last 12 full months, the current one left out
        JsonNode all = fixture.body(call("/api/v1/open-data/indicators.json"));
        assertThat(all.get("from").asString()).isEqualTo("2025-09");
        assertThat(all.get("to").asString()).isEqualTo("2026-08");
    }

    @Test
    void theDcatCatalogueDescribesBothDistributionsWithAbsoluteUrls() throws Exception {
        clock.set(SEPTEMBER);
        MvcResult result = call("/api/v1/open-data/catalog.jsonld");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/ld+json");
        JsonNode catalog = fixture.body(result);
        assertThat(catalog.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(catalog.get("@context").get("dct").asString()).isEqualTo("http://purl.org/dc/terms/");
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("@id").asString()).isEqualTo("https://dvc.example.vn/api/v1/open-data/catalog.jsonld");
        assertThat(languages(catalog.get("dct:title"))).containsExactly("vi", "en");
        assertThat(catalog.get("dct:publisher").get("@type").asString()).isEqualTo("foaf:Agent");

        JsonNode dataset = catalog.get("dcat:dataset").get(0);
        assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(languages(dataset.get("dct:title"))).containsExactly("vi", "en");
        assertThat(languages(dataset.get("dct:description"))).containsExactly("vi", "en");
        assertThat(dataset.get("dct:license").get("@id").asString())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(dataset.get("dct:accrualPeriodicity").get("@id").asString())
                .endsWith("/frequency/MONTHLY");
        assertThat(dataset.get("dct:temporal").get("@type").asString()).isEqualTo("dct:PeriodOfTime");
        assertThat(dataset.get("dct:temporal").get("dcat:startDate").get("@value").asString())
                .isEqualTo("2025-09-01");
        assertThat(dataset.get("dct:temporal").get("dcat:endDate").get("@value").asString())
                .isEqualTo("2026-08-31");
        assertThat(dataset.get("dcat:landingPage").get("@id").asString()).isEqualTo("https://dvc.example.vn/indicators");

        Map<String, String> mediaTypes = new LinkedHashMap<>();
        for (JsonNode distribution : dataset.get("dcat:distribution")) {
            assertThat(distribution.get("@type").asString()).isEqualTo("dcat:Distribution");
            mediaTypes.put(distribution.get("dcat:downloadURL").get("@id").asString(),
                    distribution.get("dcat:mediaType").get("@id").asString());
        }
        assertThat(mediaTypes).containsExactly(
                Map.entry("https://dvc.example.vn/api/v1/open-data/indicators.csv",
                        "http://www.iana.org/assignments/media-types/text/csv"),
                Map.entry("https://dvc.example.vn/api/v1/open-data/indicators.json",
                        "http://www.iana.org/assignments/media-types/application/json"));
        for (String url : mediaTypes.keySet()) {
            MvcResult download = call(url.substring("https://dvc.example.vn".length()));
            assertThat(download.getResponse().getStatus()).as(url).isEqualTo(200);
            assertThat(download.getResponse().getContentType()).as(url)
                    .startsWith(url.endsWith(".csv") ? "text/csv" : "application/json");
        }
    }

    private static List<String> languages(JsonNode texts) {
        List<String> out = new ArrayList<>();
        texts.forEach(t -> {
            assertThat(t.get("@value").asString()).isNotBlank();
            out.add(t.get("@language").asString());
        });
        return out;
    }

    /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("no data after the last CRLF").isEmpty();
        return records;
    }

    /** The catalogue is publicly cached: a forged Host header must not put another site's addresses in it. */
    @Test
    void theCatalogueAddressesComeFromThePublicUrlNeverFromTheHostHeader() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/open-data/catalog.jsonld").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("evil.example").contains("https://dvc.example.vn/indicators");
        JsonNode catalog = fixture.body(result);
        assertThat(catalog.get("@id").asString()).isEqualTo("https://dvc.example.vn/api/v1/open-data/catalog.jsonld");
    }
}
