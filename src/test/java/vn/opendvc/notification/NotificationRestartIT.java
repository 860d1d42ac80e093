package vn.opendvc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.opendvc.testing.PackagedApplication.env;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.PackagedApplication;
import vn.opendvc.testing.PortalApi;
import vn.opendvc.testing.PortalApi.Answer;

/**
 * A node dies before its notification listener's work is recorded as done: the packaged application is killed with
 * SIGKILL after the applicant's "received" e-mail went out, its event publications for the dossier are put back to
 * incomplete (as they are when the node dies inside the listener), and at the restart the registry hands them to the
 * listener again ({@code republish-outstanding-events-on-restart}). The applicant still gets each e-mail once, and
 * the publications end complete.
 */
class NotificationRestartIT {

    static final int SMTP_PORT = freePort();
    static final String CITIZEN_MAIL = "nguyenvanan@example.vn";
    private static final Path WORK = Path.of("target", "notification-restart");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @Test
    void restartingWithIncompletePublicationsSendsNothingTwice() throws Exception {
        PackagedApplication.jar();
        Path dir = WORK.toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Map<String, String> environment = env("OPENDVC_DEMO", "true", "OPENDVC_SMTP_HOST", "127.0.0.1",
                "OPENDVC_SMTP_PORT", String.valueOf(SMTP_PORT), "OPENDVC_SMTP_STARTTLS", "false");
        long id;
        String code;
        try (PackagedApplication app = PackagedApplication.start(dir, "before-kill.log", environment)) {
            PortalApi api = new PortalApi(app.base());
            String citizen = api.token("congdan1", "Demo@123");
            Procedure procedure = procedure(api);
            Answer draft = api.postJson("/api/v1/dossiers", citizen, Map.of("procedureId", procedure.id(),
                    "agencyCode", DossierFixture.HAI_CHAU, "formData", DossierFixture.validForm(procedure)));
            assertThat(draft.ok()).as(draft.body()).isTrue();
            id = draft.json().get("id").asLong();
            for (Procedure.RequiredDocument document : procedure.documents()) {
                if (document.required()) {
                    assertThat(api.postFile("/api/v1/dossiers/" + id + "/files", citizen,
                            Map.of("document", document.name()), "giay-to.pdf", "application/pdf",
                            DossierFixture.pdf()).ok()).as(document.name()).isTrue();
                }
            }
            Answer submitted = api.post("/api/v1/dossiers/" + id + "/submit", citizen);
            assertThat(submitted.ok()).as(submitted.body()).isTrue();
            code = submitted.json().get("code").asString();
            awaitMail("Đã nhận hồ sơ " + code);
            app.kill();
        }

        // the node died inside the listener: its publications for this dossier are not marked complete
        try (Connection db = database(dir)) {
            int reopened = update(db, """
                    update event_publication set completion_date = null, status = 'PUBLISHED'
                    where listener_id like '%DossierNotices%' and serialized_event like ?""", code);
            assertThat(reopened).as("publications of the notification listener for " + code).isPositive();
        }

        try (PackagedApplication app = PackagedApplication.start(dir, "after-restart.log", environment)) {
            PortalApi api = new PortalApi(app.base());
            Answer received = api.post("/api/v1/dossiers/" + id + "/actions/receive",
                    api.token("motcua1", "Demo@123"));
            assertThat(received.ok()).as(received.body()).isTrue();
            awaitMail("Hồ sơ " + code + " đã được tiếp nhận");
            app.stop();
        }

        assertThat(mailsTo(CITIZEN_MAIL, code)).extracting(NotificationRestartIT::subject)
                .containsExactlyInAnyOrder("Đã nhận hồ sơ " + code, "Hồ sơ " + code + " đã được tiếp nhận");
        try (Connection db = database(dir)) {
            assertThat(count(db, """
                    select count(*) from event_publication where listener_id like '%DossierNotices%'
                    and serialized_event like ? and completion_date is null""", "%" + code + "%"))
                    .as("publications handed to the listener again and completed").isZero();
            assertThat(count(db, "select count(*) from notification where channel = 'EMAIL' and title = ?",
                    "Đã nhận hồ sơ " + code)).as("e-mail rows written for the submission").isEqualTo(1);
        }
    }

    private static void awaitMail(String subject) {
        await().atMost(MAIL_WAIT).until(() -> Arrays.stream(smtp.getReceivedMessagesForDomain(CITIZEN_MAIL))
                .anyMatch(m -> subject.equals(subject(m))));
    }

    private static List<MimeMessage> mailsTo(String address, String code) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).filter(m -> subject(m).contains(code))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's H2 file database, opened the way the application opens it (only while it is stopped). */
    private static Connection database(Path dir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("opendvc")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0",
                "sa", "");
    }

    private static int update(Connection db, String sql, String code) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, "%" + code + "%");
            return statement.executeUpdate();
        }
    }

    private static int count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Procedure procedure(PortalApi api) throws IOException, InterruptedException {
        Answer found = api.get("/api/v1/procedures?q=" + PortalApi.query(DossierFixture.BIRTH), null);
        for (JsonNode item : found.json().get("items")) {
            if (DossierFixture.BIRTH.equals(item.get("code").asString())) {
                return JSON.treeToValue(api.get("/api/v1/procedures/" + item.get("id").asLong(), null).json(),
                        Procedure.class);
            }
        }
        throw new AssertionError("procedure " + DossierFixture.BIRTH + " not found: " + found.body());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
