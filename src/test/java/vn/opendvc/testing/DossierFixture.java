package vn.opendvc.testing;

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
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;

/**
 * Dossiers brought to a given status through {@link Dossiers}, the demo users, and the files and forms they need:
 * what the dossier, monitoring, rating and other tests set up before they act. A bean of every
 * {@link ApplicationTest} context; a test class injects it rather than inheriting it. The database is shared by every
 * test class: tests create their own dossiers.
 */
@TestComponent
public class DossierFixture {

    /** A Monday in Vietnam with no holiday around it (see {@link OnMondayMorning}). */
    public static final String MONDAY_MORNING = "2026-11-23T09:30";
    public static final String HAI_CHAU = "DNG-HAICHAU";
    public static final String BIRTH = "1.001193";

    private final Dossiers dossiers;
    private final Accounts accounts;
    private final ProcedureCatalog catalog;
    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    DossierFixture(Dossiers dossiers, Accounts accounts, ProcedureCatalog catalog, MockMvc mvc, JsonMapper json,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.catalog = catalog;
        this.mvc = mvc;
        this.json = json;
    }

    public CurrentUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    public Procedure procedure(String code) {
        return catalog.findByCode(code).orElseThrow();
    }

    /** A form every field of which is filled with a valid value of its type. */
    public static Map<String, String> validForm(Procedure procedure) {
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

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(InputStream pdf) {
        try (InputStream in = pdf; PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A draft of {@code procedureCode} at Hải Châu with a valid form and every required document attached. */
    public Dossier draft(String username, String procedureCode) {
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

    public Dossier submitted(String username, String procedureCode) {
        return dossiers.submit(user(username), draft(username, procedureCode).id());
    }

    public Dossier submitted() {
        return submitted("congdan1", BIRTH);
    }

    public Dossier received() {
        return act("motcua1", submitted().id(), DossierAction.RECEIVE);
    }

    /** Received and forwarded to the specialist's step (2 of the default steps). */
    public Dossier processing() {
        return act("motcua1", received().id(), DossierAction.FORWARD);
    }

    public Dossier act(String username, long id, DossierAction action) {
        return dossiers.act(user(username), id, Dossiers.ActionRequest.of(action, "Ghi chú của " + username));
    }

    public Dossier act(String username, long id, DossierAction action, List<String> missing) {
        return dossiers.act(user(username), id,
                new Dossiers.ActionRequest(action, null, null, missing, null, null));
    }

    /**
     * How many of the dossier's status changes the event publication registry holds for a module listener (its
     * class's simple name): a listener whose condition refuses a change leaves no row for it.
     */
    public int statusChangesHeardBy(String listener, Dossier dossier) {
        return jdbc.sql("select count(*) from event_publication where listener_id like ? and event_type like ?"
                        + " and serialized_event like ?")
                .param("%." + listener + ".%").param("%DossierStatusChanged")
                .param("%\"" + dossier.code() + "\"%").query(Integer.class).single();
    }

    public Dossier reload(long id) {
        return dossiers.find(user("motcua1"), id).or(() -> dossiers.find(user("congdan1"), id)).orElseThrow();
    }

    public String token(String username) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return "Bearer " + json.readTree(result.getResponse().getContentAsString()).get("access_token").asString();
    }

    public JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    public Dossier submitted(String username) {
        return submitted(username, BIRTH);
    }

    /** Received, processed through the default steps and completed (status 9). */
    public Dossier done(String username) {
        long id = submitted(username).id();
        act("motcua1", id, DossierAction.RECEIVE);
        act("motcua1", id, DossierAction.FORWARD);
        act("chuyenvien1", id, DossierAction.FORWARD);
        return act("lanhdao1", id, DossierAction.COMPLETE);
    }

    /** Done and its result delivered (status 10). */
    public Dossier delivered(String username) {
        return act("motcua1", done(username).id(), DossierAction.DELIVER);
    }
}
