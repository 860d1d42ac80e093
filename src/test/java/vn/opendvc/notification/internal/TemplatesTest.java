package vn.opendvc.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The message templates: every kind has both languages, an administrator's copy wins, a broken one stops the start. */
class TemplatesTest {

    @TempDir
    Path folder;

    @Test
    void everyKindIsWrittenInVietnameseAndEnglish() {
        Templates templates = new Templates("");
        for (NotificationKind kind : NotificationKind.values()) {
            Template vi = templates.render(kind, "vi", Map.of());
            Template en = templates.render(kind, "en", Map.of());
            assertThat(vi.subject()).as(kind + " vi").isNotBlank().isNotEqualTo(en.subject());
            assertThat(vi.sms()).as(kind + " sms").isNotBlank();
            assertThat(en.body()).as(kind + " en").isNotBlank();
        }
    }

    @Test
    void valuesFillThePlaceholdersAndAnUnknownLanguageGetsVietnamese() {
        Template t = new Templates("").render(NotificationKind.DOSSIER_RECEIVED, "fr",
                Map.of("code", "DNG-HAICHAU-261123-0001", "promisedDate", "09:30 26/11/2026", "name", "Nguyễn Văn An"));

        assertThat(t.subject()).isEqualTo("Hồ sơ DNG-HAICHAU-261123-0001 đã được tiếp nhận");
        assertThat(t.body()).contains("Kính gửi Nguyễn Văn An,").contains("Ngày hẹn trả kết quả: 09:30 26/11/2026.");
    }

    @Test
    void anAdministratorsCopyWinsOverTheShippedTemplate() throws IOException {
        write("vi/fee-due.txt", "subject: Nộp phí hồ sơ {code}\nsms: Nộp {amount} cho {code}\n\nXin nộp {amount}.\n");

        Template t = new Templates(folder.toString()).render(NotificationKind.FEE_DUE, "vi",
                Map.of("code", "X-1", "amount", "30.000 đồng"));

        assertThat(t.subject()).isEqualTo("Nộp phí hồ sơ X-1");
        assertThat(t.sms()).isEqualTo("Nộp 30.000 đồng cho X-1");
        assertThat(new Templates(folder.toString()).render(NotificationKind.FEE_DUE, "en", Map.of()).subject())
                .as("the English one is still shipped").startsWith("Dossier");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrNoSubjectStopsTheStartNamingTheFile() throws IOException {
        write("vi/fee-due.txt", "subject: Nộp phí {code}\nsms: Nộp {amout}\n\nXin nộp {amount}.\n");
        write("en/apology.txt", "sms: Sorry {code}\n\nSorry.\n");

        assertThatThrownBy(() -> new Templates(folder.toString())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vi/fee-due.txt: unknown placeholder {amout}")
                .hasMessageContaining("en/apology.txt: no subject: line");
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
