package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * Open311 GeoReport v2 as a city app sees it. Every JSON answer is validated against Open311's own JSON Schemas
 * (open311/schema-validation, see {@code src/test/resources/open311/SOURCE.md}) or, where Open311 publishes none, the
 * schemas written from the specification's text; every XML answer must be well-formed with the specification's
 * element names. Keys are issued and revoked by an administrator; creating without a key, or with a revoked one,
 * is a 403 in the specification's error format.
 */
@ApplicationTest
@OnMondayMorning
class Open311Test {

    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    /** The elements the specification names inside each element of its XML answers. */
    static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("discovery", Set.of("changeset", "contact", "key_service", "endpoints")),
            Map.entry("endpoints", Set.of("endpoint")),
            Map.entry("endpoint", Set.of("specification", "url", "changeset", "type", "formats")),
            Map.entry("formats", Set.of("format")),
            Map.entry("services", Set.of("service")),
            Map.entry("service", Set.of("service_code", "service_name", "description", "metadata", "type",
                    "keywords", "group")),
            Map.entry("service_definition", Set.of("service_code", "attributes")),
            Map.entry("attributes", Set.of("attribute")),
            Map.entry("attribute", Set.of("variable", "code", "datatype", "required", "datatype_description",
                    "order", "description", "values")),
            Map.entry("values", Set.of("value")),
            Map.entry("value", Set.of("key", "name")),
            Map.entry("service_requests", Set.of("request")),
            Map.entry("request", Set.of("service_request_id", "token", "status", "status_notes", "service_name",
                    "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                    "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long",
                    "media_url", "account_id")),
            Map.entry("errors", Set.of("error")),
            Map.entry("error", Set.of("code", "description")),
            Map.entry("service_request_updates", Set.of("request_update")),
            Map.entry("request_update", Set.of("update_id", "service_request_id", "status", "updated_datetime",
                    "description", "media_url")));

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;

    @Test
    void discoveryServicesAndDefinitionsInBothFormats() throws Exception {
        JsonNode discovery = valid(get("/open311/v2/discovery.json"), "from-spec/discovery.json");
        assertThat(discovery.get("endpoints").get(0).get("url").asString())
                .isEqualTo("https://dvc.example.vn/open311/v2");
        xml(get("/open311/v2/discovery.xml"), "discovery");

        JsonNode services = valid(get("/open311/v2/services.json"), "services.json");
        assertThat(services).extracting(s -> s.get("service_code").asString())
                .containsExactly("regulation", "officer-conduct", "suggestion");
        Document servicesXml = xml(get("/open311/v2/services.xml"), "services");
        assertThat(servicesXml.getElementsByTagName("service").getLength()).isEqualTo(3);

        JsonNode definition = valid(get("/open311/v2/services/suggestion.json"), "service-definition.json");
        assertThat(definition.get("attributes")).extracting(a -> a.get("code").asString())
                .containsExactly("agency", "title");
        xml(get("/open311/v2/services/suggestion.xml"), "service_definition");

        error(get("/open311/v2/services/dossier-handling.json"), 404);
        error(get("/open311/v2/services/nothing.xml"), 404);
    }

    @Test
    void anAdministratorIssuesKeysShownOnceAndRevokesThem() throws Exception {
        MvcResult refused = mvc.perform(post("/api/v1/open311/keys").header(HttpHeaders.AUTHORIZATION,
                fixture.token("motcua1")).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"App\"}"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        String key = issue("Ứng dụng Đà Nẵng Smart City");
        assertThat(key).startsWith("o311_");
        JsonNode clients = json.readTree(mvc.perform(get("/api/v1/open311/keys")
                .header(HttpHeaders.AUTHORIZATION, fixture.token("quantri"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(clients.toString()).doesNotContain(key);

        assertThat(create(key, "suggestion").getResponse().getStatus()).isEqualTo(200);
        long id = clients.get(clients.size() - 1).get("id").asLong();
        assertThat(mvc.perform(delete("/api/v1/open311/keys/" + id).header(HttpHeaders.AUTHORIZATION,
                fixture.token("quantri"))).andReturn().getResponse().getStatus()).isEqualTo(204);

        JsonNode revoked = error(form(post("/open311/v2/requests.json"), key, "suggestion"), 403);
        assertThat(revoked.get(0).get("code").asInt()).isEqualTo(403);
        error(form(post("/open311/v2/requests.xml"), key, "suggestion"), 403);
        error(form(post("/open311/v2/requests.json"), null, "suggestion"), 403);
        error(form(post("/open311/v2/requests.xml"), "o311_made-up", "suggestion"), 403);
    }

    @Test
    void aCityAppCreatesARequestFollowsItAndReadsTheAnswer() throws Exception {
        String key = issue("FixMyStreet Đà Nẵng");
        MvcResult created = create(key, "regulation");
        JsonNode receipt = validJson(created, "from-spec/service-request-created.json");
        String code = receipt.get(0).get("service_request_id").asString();
        assertThat(receipt.get(0).get("service_notice").asString()).contains("5 ngày làm việc");

        JsonNode request = valid(get("/open311/v2/requests/" + code + ".json"), "requests.json").get(0);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("status_notes").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(request.get("agency_responsible").asString()).contains("Hải Châu");
        assertThat(request.get("requested_datetime").asString()).isEqualTo("2026-11-23T09:30:00+07:00");
        assertThat(request.get("expected_datetime").asString()).isEqualTo("2026-11-30T09:30:00+07:00");
        assertThat(request.get("lat").asDouble()).isEqualTo(16.0678);
        assertThat(request.toString()).doesNotContain("reporter@example.vn").doesNotContain("Nguyễn");
        Document createdXml = xml(form(post("/open311/v2/requests.xml"), key, "suggestion"), "service_requests");
        assertThat(createdXml.getElementsByTagName("service_request_id").item(0).getTextContent()).startsWith("PA-");
        assertThat(createdXml.getElementsByTagName("token").getLength()).as("realtime: an id, no token").isZero();
        Document one = xml(get("/open311/v2/requests/" + code + ".xml"), "service_requests");
        assertThat(one.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(code);

        long id = valid(get("/api/v1/feedback/" + fixtureIdOf(code)), null).get("id").asLong();
        answer(id, "Đã sửa quy định, áp dụng từ tháng sau.");

        JsonNode closed = valid(get("/open311/v2/requests.json?service_request_id=" + code), "requests.json").get(0);
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asString()).isEqualTo("Đã trả lời: Đã sửa quy định, áp dụng từ tháng sau.");

        JsonNode open = valid(get("/open311/v2/requests.json?status=open&service_code=regulation"), "requests.json");
        assertThat(open).extracting(r -> r.get("service_request_id").asString()).doesNotContain(code);
        JsonNode closedOnes = valid(get("/open311/v2/requests.json").param("status", "closed")
                .param("start_date", "2026-11-23T00:00:00+07:00").param("end_date", "2026-11-24T00:00:00Z"),
                "requests.json");
        assertThat(closedOnes).extracting(r -> r.get("service_request_id").asString()).contains(code);
        xml(get("/open311/v2/requests.xml?status=closed"), "service_requests");

        JsonNode updates = valid(get("/open311/v2/servicerequestupdates.json?start_date=2026-11-23T00:00:00Z"),
                "from-spec/service-request-updates.json");
        assertThat(updates).filteredOn(u -> u.get("service_request_id").asString().equals(code))
                .extracting(u -> u.get("status").asString())
                .containsExactly("open", "investigating", "in_progress", "in_progress", "closed");
        assertThat(updates.get(updates.size() - 1).get("description").asString()).contains("Đã sửa quy định");
        xml(get("/open311/v2/servicerequestupdates.xml?start_date=2026-11-23T00:00:00Z"), "service_request_updates");
    }

    @Test
    void badRequestsAreAnsweredInTheSpecificationsErrorFormat() throws Exception {
        String key = issue("Ứng dụng thử");
        error(form(post("/open311/v2/requests.json"), key, null), 400);
        error(form(post("/open311/v2/requests.json"), key, "pothole"), 404);
        error(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key).param("service_code", "suggestion").param("email", "a@example.vn")
                .param("description", "Không có vị trí"), 400);
        JsonNode noContact = error(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("api_key", key).param("service_code", "suggestion").param("address_string", "Hải Châu")
                .param("description", "Không có liên hệ"), 400);
        assertThat(noContact.get(0).get("description").asString()).startsWith("email:");
        error(get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400);
        error(get("/open311/v2/requests.xml?status=pending"), 400);
        error(get("/open311/v2/requests.json?start_date=yesterday"), 400);
        error(get("/open311/v2/requests/PA-000000-000000.json"), 404);
        error(get("/open311/v2/tokens/no-such-token.xml"), 404);
        error(get("/open311/v2/nothing-here.json"), 404);
        error(get("/open311/v2/requests/a/b.xml"), 404);
    }

    @Test
    void aTokenGivesTheRequestIdAndPrivateFeedbackStaysOutOfOpen311() throws Exception {
        MvcResult anonymous = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "suggestion", "title", "Riêng tư",
                        "content", "Nội dung riêng", "contactEmail", "rieng@example.vn")))).andReturn();
        JsonNode receipt = json.readTree(anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8));
        String token = receipt.get("token").asString();
        String code = receipt.get("code").asString();
        JsonNode found = valid(get("/open311/v2/tokens/" + token + ".json"), "from-spec/token.json");
        assertThat(found.get(0).get("service_request_id").asString()).isEqualTo(code);
        xml(get("/open311/v2/tokens/" + token + ".xml"), "service_requests");
        error(get("/open311/v2/requests/" + code + ".json"), 404);
    }

    @Test
    void theSchemasAreLoadedAndRejectWhatTheSpecificationDoesNotAllow() {
        assertThat(SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/requests.json"))
                .validate(json.readTree("[{\"service_request_id\":\"1\",\"service_code\":\"x\"}]")))
                .as("status and requested_datetime are required, through the $ref to request.json").isNotEmpty();
        assertThat(SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/requests.json"))
                .validate(json.readTree("[{\"service_request_id\":\"1\",\"service_code\":\"x\","
                        + "\"status\":\"pending\",\"requested_datetime\":\"2026-11-23T09:30:00+07:00\"}]")))
                .as("status is open or closed").isNotEmpty();
        assertThat(SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/from-spec/service-request-created.json"))
                .validate(json.readTree("[{\"service_request_id\":\"1\",\"token\":\"t\"}]")))
                .as("not both an id and a token").isNotEmpty();
    }

    // --- helpers ---

    private String issue(String name) throws Exception {
        MvcResult issued = mvc.perform(post("/api/v1/open311/keys").header(HttpHeaders.AUTHORIZATION,
                fixture.token("quantri")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", name)))).andReturn();
        assertThat(issued.getResponse().getStatus()).isEqualTo(201);
        JsonNode body = json.readTree(issued.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("id").asLong()).isPositive();
        return body.get("apiKey").asString();
    }

    private MvcResult create(String key, String serviceCode) throws Exception {
        return mvc.perform(form(post("/open311/v2/requests.json"), key, serviceCode)).andReturn();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String key,
            String serviceCode) {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED).characterEncoding(StandardCharsets.UTF_8)
                .param("lat", "16.0678").param("long", "108.2208").param("address_string", "Bạch Đằng, Hải Châu")
                .param("email", "reporter@example.vn").param("first_name", "Văn A").param("last_name", "Nguyễn")
                .param("description", "Quy định về giờ tiếp dân không hợp lý.\nĐề nghị xem xét.")
                .param("attribute[agency]", DossierFixture.HAI_CHAU);
        if (key != null) {
            request.param("api_key", key);
        }
        if (serviceCode != null) {
            request.param("service_code", serviceCode);
        }
        return request;
    }

    /** The officers of Hải Châu answer it through the portal's API. */
    private void answer(long id, String text) throws Exception {
        act("motcua1", id, "accept", Map.of());
        act("lanhdao1", id, "assign", Map.of("officerId", fixture.user("chuyenvien1").accountId()));
        act("chuyenvien1", id, "draft", Map.of("answer", text));
        act("lanhdao1", id, "approve", Map.of());
    }

    private void act(String username, long id, String action, Map<String, ?> body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/feedback/" + id + "/" + action)
                .header(HttpHeaders.AUTHORIZATION, fixture.token(username)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    /** The portal id of a request: the officers' list of Hải Châu has it. */
    private String fixtureIdOf(String code) throws Exception {
        JsonNode mine = json.readTree(mvc.perform(get("/api/v1/feedback").header(HttpHeaders.AUTHORIZATION,
                fixture.token("motcua1"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        for (JsonNode f : mine) {
            if (f.get("code").asString().equals(code)) {
                return f.get("id").asString() + "?_=" + code;
            }
        }
        throw new AssertionError("not in Hải Châu's list: " + code);
    }

    /** 200, JSON, and valid against the schema ({@code null}: the portal's own API, read as the officer). */
    private JsonNode valid(MockHttpServletRequestBuilder request, String schema) throws Exception {
        if (schema == null) {
            request.header(HttpHeaders.AUTHORIZATION, fixture.token("motcua1"));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(200);
        return schema == null ? json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                : validJson(result, schema);
    }

    private JsonNode validJson(MvcResult result, String schema) throws Exception {
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json;charset=UTF-8");
        JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        Schema s = SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/" + schema));
        List<Error> errors = s.validate(body);
        assertThat(errors).as("%s against %s", body, schema).isEmpty();
        return body;
    }

    /** The status, and the errors in the specification's format (JSON schema, or XML element names). */
    private JsonNode error(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        if (result.getRequest().getRequestURI().endsWith(".xml")) {
            Document errors = parse(result, "errors");
            assertThat(errors.getElementsByTagName("code").item(0).getTextContent()).isEqualTo(Integer.toString(status));
            return null;
        }
        JsonNode errors = validJson(result, "from-spec/errors.json");
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        return errors;
    }

    private Document xml(MockHttpServletRequestBuilder request, String root) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return parse(result, root);
    }

    private static Document parse(MvcResult result, String root) throws Exception {
        assertThat(result.getResponse().getContentType()).isEqualTo("text/xml;charset=UTF-8");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)); // well-formed
        assertThat(document.getDocumentElement().getNamespaceURI()).isNull();
        assertThat(document.getDocumentElement().getTagName()).isEqualTo(root);
        names(document.getDocumentElement());
        return document;
    }

    /** Every element holds only the elements the specification names for it. */
    private static void names(Element element) {
        Set<String> allowed = ELEMENTS.get(element.getTagName());
        Set<String> children = new HashSet<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.add(e.getTagName());
                names(e);
            }
        }
        if (allowed != null) {
            assertThat(children).as("inside <%s>", element.getTagName()).isSubsetOf(allowed);
        } else {
            assertThat(children).as("<%s> holds text only", element.getTagName()).isEmpty();
        }
    }
}
