package vn.opendvc.rating;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.dossier.MovableClock;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;

/**
 * One application context for the rating and monitoring tests, with a {@link MovableClock}, and dossiers brought
 * through their lifecycle by the demo accounts of Hải Châu through {@link Dossiers}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LifecycleTestSupport.Clocks.class)
@Tag("persistence")
public abstract class LifecycleTestSupport {

    public static final String HAI_CHAU = "DNG-HAICHAU";
    /** Birth registration: fee-free, online, at the commune. */
    public static final String BIRTH = "1.001193";
    public static final String MONDAY_MORNING = "2026-11-23T09:30";

    @TestConfiguration(proxyBeanMethods = false)
    public static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(MovableClock.vietnam(MONDAY_MORNING));
        }
    }

    @Autowired
    protected Dossiers dossiers;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected ProcedureCatalog catalog;
    @Autowired
    protected MovableClock clock;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected tools.jackson.databind.json.JsonMapper json;

    /** A bearer token of a demo account for the API. */
    protected String token(String username) throws Exception {
        var result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/auth/token").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}")).andReturn();
        return "Bearer " + json.readTree(result.getResponse().getContentAsString()).get("access_token").asString();
    }

    protected CurrentUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    protected Dossier submitted(String username) {
        Procedure procedure = catalog.findByCode(BIRTH).orElseThrow();
        CurrentUser applicant = user(username);
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
        Dossier draft = dossiers.createDraft(applicant,
                new Dossiers.NewDossier(procedure.id(), HAI_CHAU, form, Channel.ONLINE, null, null));
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                draft = dossiers.attach(applicant, draft.id(), document.name(),
                        new Dossiers.Upload("giay-to.pdf", Pdfs.blank()));
            }
        }
        return dossiers.submit(applicant, draft.id());
    }

    protected Dossier act(String username, long id, DossierAction action) {
        return dossiers.act(user(username), id, Dossiers.ActionRequest.of(action, "Ghi chú của " + username));
    }

    /** Received, processed through the default steps and completed (status 9). */
    protected Dossier done(String username) {
        long id = submitted(username).id();
        act("motcua1", id, DossierAction.RECEIVE);
        act("motcua1", id, DossierAction.FORWARD);
        act("chuyenvien1", id, DossierAction.FORWARD);
        return act("lanhdao1", id, DossierAction.COMPLETE);
    }

    /** Done and its result delivered (status 10). */
    protected Dossier delivered(String username) {
        return act("motcua1", done(username).id(), DossierAction.DELIVER);
    }
}
