package vn.opendvc.assistant.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a question is read, against the shipped catalog's vocabulary: no Spring. */
class QuestionReaderTest {

    static QuestionReader reader;
    static Vocabulary vocabulary;

    @BeforeAll
    static void read() {
        Lexicon lexicon = Lexicon.load();
        reader = new QuestionReader(lexicon);
        vocabulary = new AssistantIndex(SeedCatalog.procedures(), lexicon).vocabulary();
    }

    @Test
    void accentsCaseAndTeenCodeMeetTheCatalogsWords() {
        assertThat(reader.read("ĐĂNG KÝ KHAI SINH", vocabulary).terms()).containsExactly("dang", "ky", "khai", "sinh");
        assertThat(reader.read("dk khai sinh", vocabulary).terms()).containsExactly("dang", "ky", "khai", "sinh");
        assertThat(reader.read("đăng kí khai sinh", vocabulary).terms()).containsExactly("dang", "ky", "khai", "sinh");
    }

    @Test
    void typosAreMendedByTheWordsAround() {
        assertThat(vocabulary.mend(List.of("khia", "sinh"))).containsExactly("khai", "sinh");
        assertThat(vocabulary.mend(List.of("thuogn", "tru"))).containsExactly("thuong", "tru");
        assertThat(vocabulary.mend(List.of("khaisinh"))).containsExactly("khai", "sinh");
        assertThat(Vocabulary.withinOneEdit("khai", "khia")).isTrue();
        assertThat(Vocabulary.withinOneEdit("khai", "kha")).isTrue();
        assertThat(Vocabulary.withinOneEdit("khai", "khoai")).isTrue();
        assertThat(Vocabulary.withinOneEdit("khai", "khong")).isFalse();
    }

    @Test
    void everydayPhrasesBecomeTheCatalogsTermsAndNoiseIsDropped() {
        assertThat(reader.read("làm sổ đỏ ở đâu vậy ạ", vocabulary).terms())
                .containsExactly("cap", "giay", "chung", "nhan", "quyen", "su", "dung", "dat");
        assertThat(reader.read("muon nhap khau cho me", vocabulary).terms())
                .containsExactly("dang", "ky", "thuong", "tru");
        // "đang" is noise, "đăng ký" is not, though both are "dang" without accents
        assertThat(reader.read("tôi đang cần giải thể công ty cổ phần", vocabulary).terms())
                .contains("giai", "the", "co", "phan").doesNotContain("toi");
    }

    @Test
    void everydayMattersOutsideTheCatalogStayAsMeaningNoProcedureHas() {
        // "máy bay" alone would match the aircraft procedures of the customs; "vé máy bay" is none of them
        assertThat(reader.read("mua ve may bay di da nang", vocabulary).terms()).containsExactly("mua", "ve_may_bay");
        assertThat(reader.read("thủ tục hải quan cho máy bay", vocabulary).terms()).contains("may", "bay");
    }

    @Test
    void whatIsAskedAndTheSituationAreNoted() {
        ReadQuestion fee = reader.read("lam ho chieu het bao nhieu tien", vocabulary);
        assertThat(fee.intents()).containsExactly(Intent.FEE);
        assertThat(reader.read("can giay to gi", vocabulary).intents()).containsExactly(Intent.DOCUMENTS);
        assertThat(reader.read("mat bao lau", vocabulary).intents()).containsExactly(Intent.TIME);
        assertThat(reader.read("nop o dau, co nop online duoc khong", vocabulary).intents()).contains(Intent.WHERE);
        assertThat(reader.read("thanh toan le phi bang chuyen khoan", vocabulary).intents()).contains(Intent.PAYMENT);
        assertThat(reader.read("ho so cua toi den dau roi", vocabulary).intents()).contains(Intent.STATUS);
        assertThat(reader.read("nop ho so dang ky ket hon", vocabulary).intents()).containsExactly(Intent.SUBMIT);
        assertThat(reader.read("ket hon voi nguoi Han Quoc", vocabulary).foreign()).isTrue();
        assertThat(reader.read("ket hon", vocabulary).foreign()).isFalse();
        assertThat(reader.read("mo chi nhanh cong ty", vocabulary).business()).isTrue();
        assertThat(reader.read("lam ho chieu o cap tinh", vocabulary).level()).isEqualTo("TINH");
    }
}
