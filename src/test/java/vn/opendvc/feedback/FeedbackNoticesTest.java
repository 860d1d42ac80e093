package vn.opendvc.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The notification module tells a feedback's author, through the feedback events, when it is received, transferred
 * and answered (an anonymous author at the e-mail they left, against a real SMTP server), and the agency's leaders
 * when the author reopens it.
 */
@ApplicationTest
@OnMondayMorning
class FeedbackNoticesTest {

    static final int SMTP_PORT = freePort();
    static final String AUTHOR = "nguoi.phan.anh@example.vn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("opendvc.notification.smtp.host", () -> "127.0.0.1");
        properties.add("opendvc.notification.smtp.port", () -> SMTP_PORT);
        properties.add("opendvc.notification.smtp.starttls", () -> "false");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAuthorIsToldOfReceiptTransferAndAnswerAndTheLeadersOfAReopening() throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "regulation", "title", "Lệ phí trước bạ",
                        "content", "Mức lệ phí chưa rõ ràng.", "contactEmail", AUTHOR, "contactName", "Lê Văn C",
                        "agencyCode", DossierFixture.HAI_CHAU)))).andReturn();
        JsonNode receipt = json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        long id = receipt.get("id").asLong();
        String code = receipt.get("code").asString();
        String token = receipt.get("token").asString();

        MimeMessage received = awaitMail(code, "Đã nhận phản ánh");
        assertThat(text(received)).contains("Lê Văn C").contains("Phường Hải Châu");

        act("motcua1", id, "transfer", Map.of("agencyCode", "DNG-SOTAICHINH", "note", "Thuộc thẩm quyền của Sở"));
        assertThat(subject(awaitMail(code, "đã được chuyển đến"))).contains("Sở Tài chính");

        act("lanhdao2", id, "accept", Map.of());
        act("lanhdao2", id, "assign", Map.of("officerId", fixture.user("lanhdao2").accountId()));
        act("lanhdao2", id, "draft", Map.of("answer", "Mức lệ phí theo Nghị định 10/2022/NĐ-CP."));
        act("lanhdao2", id, "approve", Map.of());
        MimeMessage answered = awaitMail(code, "đã được trả lời");
        assertThat(text(answered)).contains("Nghị định 10/2022");

        MvcResult reopened = mvc.perform(post("/api/v1/feedback/" + id + "/reopen").header("X-Feedback-Token", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Chưa rõ mức áp dụng cho xe máy.\"}"))
                .andReturn();
        assertThat(reopened.getResponse().getStatus()).isEqualTo(200);
        long leader = fixture.user("lanhdao2").accountId();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from notification where kind = 'FEEDBACK_REOPENED' and recipient_id = ?
                and channel = 'IN_APP' and title like ?""").params(leader, "%" + code + "%").query(Long.class)
                .single() == 1);
        assertThat(mailsTo(AUTHOR, code)).as("each step once").hasSize(3);
    }

    private void act(String username, long id, String action, Map<String, ?> body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/feedback/" + id + "/" + action)
                .header(HttpHeaders.AUTHORIZATION, fixture.token(username)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
    }

    private static MimeMessage awaitMail(String code, String subject) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(AUTHOR, code).stream()
                .anyMatch(m -> subject(m).contains(subject)));
        return mailsTo(AUTHOR, code).stream().filter(m -> subject(m).contains(subject)).findFirst().orElseThrow();
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

    /** The plain-text part of a message, wherever it is nested. */
    private static String text(MimeMessage message) throws IOException, MessagingException {
        return text(message.getContent());
    }

    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.internet.MimeMultipart multipart) {
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
