package vn.opendvc.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.dossier.DossierStatusChanged;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/**
 * A citizen follows a dossier from submission to result by e-mail and in the portal, against a real SMTP server
 * (GreenMail): each step sends exactly the expected message once, a redelivered event sends nothing again, and an
 * SMTP outage is retried until the message is delivered without touching the dossier.
 */
@ApplicationTest
@OnMondayMorning
class NotificationJourneyTest {

    static final int SMTP_PORT = freePort();
    static final String CITIZEN_MAIL = "nguyenvanan@example.vn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("opendvc.notification.smtp.host", () -> "127.0.0.1");
        properties.add("opendvc.notification.smtp.port", () -> SMTP_PORT);
        properties.add("opendvc.notification.smtp.starttls", () -> "false");
        properties.add("opendvc.notification.backoff", () -> "PT1M");
        properties.add("opendvc.notification.attempts", () -> "3");
    }

    @Autowired
    DossierFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Dispatcher dispatcher;
    @Autowired
    IncompleteEventPublications publications;

    @Test
    void theApplicantIsToldEachStepFromSubmissionToResultExactlyOnce() throws Exception {
        Dossier submitted = fixture.submitted("congdan1");
        awaitMail(submitted.code(), 1);
        Dossier d = fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
        awaitMail(d.code(), 2);
        fixture.act("motcua1", d.id(), DossierAction.FORWARD);
        fixture.act("chuyenvien1", d.id(), DossierAction.FORWARD);
        fixture.act("lanhdao1", d.id(), DossierAction.COMPLETE);
        // each change is told by its own asynchronous listener: steps made within milliseconds of each other (never
        // so close for a real dossier) could otherwise be told in either order
        awaitMail(d.code(), 3);
        fixture.act("motcua1", d.id(), DossierAction.DELIVER);
        List<MimeMessage> mails = awaitMail(d.code(), 5);

        assertThat(mails.subList(0, 3)).extracting(NotificationJourneyTest::subject).containsExactly(
                "Đã nhận hồ sơ " + d.code(),
                "Hồ sơ " + d.code() + " đã được tiếp nhận",
                "Đã có kết quả hồ sơ " + d.code());
        assertThat(mails.subList(3, 5)).extracting(NotificationJourneyTest::subject).containsExactlyInAnyOrder(
                "Đã trả kết quả hồ sơ " + d.code(),
                "Mời đánh giá việc giải quyết hồ sơ " + d.code());
        String promised = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(d.dueAt().atZone(MovableClock.VIETNAM));
        String received = GreenMailUtil.getBody(mails.get(1));
        assertThat(text(mails.get(1))).contains(d.code()).contains("Ngày hẹn trả kết quả: " + promised)
                .contains(ApplicationTest.PUBLIC_URL.replaceAll("/$", "") + "/me/dossiers/" + d.id());
        assertThat(received).contains("text/html");
        assertThat(mails.get(2).getAllRecipients()).extracting(Object::toString).containsExactly(CITIZEN_MAIL);

        List<String> inApp = jdbc.sql("""
                select title from notification where channel = 'IN_APP' and recipient_key = 'account:' ||
                (select id from account where username = 'congdan1') and link like ? order by id""")
                .param("%/me/dossiers/" + d.id()).query(String.class).list();
        assertThat(inApp).containsExactly("Đã nhận hồ sơ " + d.code(), "Hồ sơ " + d.code() + " đã được tiếp nhận",
                "Đã có kết quả hồ sơ " + d.code(), "Đã trả kết quả hồ sơ " + d.code(),
                "Mời đánh giá việc giải quyết hồ sơ " + d.code());
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("chuyenvien1@danang.example.vn", d.code()).isEmpty());
        assertThat(mailsTo("chuyenvien1@danang.example.vn", d.code())).extracting(NotificationJourneyTest::subject)
                .containsExactly("Hồ sơ mới cần xử lý: " + d.code());

        // the event publication registry hands the same events to the listener again (as after a crash)
        int publicationsAgain = jdbc.sql("""
                update event_publication set completion_date = null, status = 'FAILED'
                where listener_id like '%notification.internal.DossierNotices%' and serialized_event like ?""")
                .param("%" + d.code() + "%").update();
        assertThat(publicationsAgain).isEqualTo(6);
        String code = d.code();
        publications.resubmitIncompletePublications(
                p -> p.getEvent() instanceof DossierStatusChanged e && e.code().equals(code));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from event_publication where listener_id like '%DossierNotices%'
                and serialized_event like ? and completion_date is null""").param("%" + d.code() + "%")
                .query(Integer.class).single() == 0);
        dispatcher.dispatchDue();
        assertThat(mailsTo(CITIZEN_MAIL, d.code())).hasSize(5);
    }

    @Test
    void aMessageWaitsThroughAnSmtpOutageAndIsDeliveredOnceTheServerIsBack() throws Exception {
        smtp.stop();
        Dossier d = fixture.submitted("congdan1");
        try {
            assertThat(d.code()).as("the dossier is submitted whatever the mail server does").isNotNull();
            await().atMost(Duration.ofSeconds(20)).until(() -> status(d.code()).equals("temporary-failure"));
            assertThat(jdbc.sql("select attempts from notification where address = ? and title like ?")
                    .params(CITIZEN_MAIL, "%" + d.code()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            smtp.start();
        }
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> status(d.code()).equals("delivered"));
        assertThat(mailsTo(CITIZEN_MAIL, d.code())).extracting(NotificationJourneyTest::subject)
                .containsExactly("Đã nhận hồ sơ " + d.code());
        assertThat(fixture.reload(d.id()).status().code()).isEqualTo(1);
    }

    private String status(String code) {
        return jdbc.sql("select status from notification where channel = 'EMAIL' and address = ? and title like ?")
                .params(CITIZEN_MAIL, "%" + code).query(String.class).optional().orElse("");
    }

    private List<MimeMessage> awaitMail(String code, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(CITIZEN_MAIL, code).size() >= count);
        return mailsTo(CITIZEN_MAIL, code);
    }

    private static List<MimeMessage> mailsTo(String address, String code) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(address))
                .filter(m -> subject(m).contains(code)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message, wherever it is nested. */
    private static String text(MimeMessage message) throws IOException, MessagingException {
        return text(message.getContent());
    }

    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                String text = part.isMimeType("text/plain") ? (String) part.getContent() : text(part.getContent());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
