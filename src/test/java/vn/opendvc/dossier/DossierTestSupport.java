package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.workflow.ProcessingSteps;

/**
 * What the dossier tests share: one application context (demo accounts, files under {@code target/test-files}, a
 * {@link MovableClock} the whole application uses), the demo users, and dossiers brought to a given status through
 * {@link Dossiers}. The database is shared with every other test class: tests create their own dossiers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(DossierTestSupport.Clocks.class)
@Tag("persistence")
abstract class DossierTestSupport {

    /** A Monday in Vietnam with no holiday around it. */
    static final String MONDAY_MORNING = "2026-11-23T09:30";
    static final String HAI_CHAU = "DNG-HAICHAU";
    static final String BIRTH = "1.001193";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(MovableClock.vietnam(MONDAY_MORNING));
        }
    }

    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    ProcessingSteps processingSteps;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void startOnMondayMorning() {
        clock.set(MONDAY_MORNING);
    }

    CurrentUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    Procedure procedure(String code) {
        return catalog.findByCode(code).orElseThrow();
    }

    /** A form every field of which is filled with a valid value of its type. */
    static Map<String, String> validForm(Procedure procedure) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Procedure.FormField field : procedure.formFields()) {
            form.put(field.key(), switch (field.type()) {
                case "date" -> "2026-11-20";
                case "number" -> "3";
                case "idNumber" -> "048090001234";
                case "phone" -> "0905123456";
                case "email" -> "nguoinop@example.vn";
                case "select" -> field.options().getFirst();
                default -> "Nguyễn Thị Minh Khai";
            });
        }
        return form;
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(InputStream pdf) {
        try (InputStream in = pdf; PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A draft of {@code procedureCode} at Hải Châu with a valid form and every required document attached. */
    Dossier draft(String username, String procedureCode) {
        Procedure procedure = procedure(procedureCode);
        CurrentUser applicant = user(username);
        Dossier draft = dossiers.createDraft(applicant, new Dossiers.NewDossier(procedure.id(), HAI_CHAU,
                validForm(procedure), Channel.ONLINE, null, null));
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                draft = dossiers.attach(applicant, draft.id(), document.name(), new Dossiers.Upload("giay-to.pdf", pdf()));
            }
        }
        return draft;
    }

    Dossier submitted(String username, String procedureCode) {
        return dossiers.submit(user(username), draft(username, procedureCode).id());
    }

    Dossier submitted() {
        return submitted("congdan1", BIRTH);
    }

    Dossier received() {
        return act("motcua1", submitted().id(), DossierAction.RECEIVE);
    }

    /** Received and forwarded to the specialist's step (2 of the default steps). */
    Dossier processing() {
        return act("motcua1", received().id(), DossierAction.FORWARD);
    }

    Dossier act(String username, long id, DossierAction action) {
        return dossiers.act(user(username), id, Dossiers.ActionRequest.of(action, "Ghi chú của " + username));
    }

    Dossier act(String username, long id, DossierAction action, List<String> missing) {
        return dossiers.act(user(username), id,
                new Dossiers.ActionRequest(action, null, null, missing, null, null));
    }

    Dossier reload(long id) {
        return dossiers.find(user("motcua1"), id).or(() -> dossiers.find(user("congdan1"), id)).orElseThrow();
    }

    String token(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return "Bearer " + json.readTree(result.getResponse().getContentAsString()).get("access_token").asString();
    }

    JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
