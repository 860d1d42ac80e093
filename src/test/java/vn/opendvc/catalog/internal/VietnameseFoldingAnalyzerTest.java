package vn.opendvc.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseFoldingAnalyzerTest {

    private final VietnameseFoldingAnalyzer analyzer = new VietnameseFoldingAnalyzer();

    @Test
    void foldsCaseAccentsAndTheLetterD() {
        assertThat(analyzer.words("ĐĂNG KÝ KHAI SINH")).containsExactly("dang", "ky", "khai", "sinh");
        assertThat(analyzer.words("đăng ký khai sinh")).containsExactly("dang", "ky", "khai", "sinh");
        assertThat(analyzer.words("Đổi Giấy phép lái xe")).containsExactly("doi", "giay", "phep", "lai", "xe");
        assertThat(analyzer.words("Hộ tịch, Cư trú; Bảo hiểm y tế")).containsExactly("ho", "tich", "cu", "tru", "bao",
                "hiem", "y", "te");
    }

    @Test
    void decomposedAccentsFromPhoneKeyboardsFoldTheSame() {
        String decomposed = Normalizer.normalize("Đăng ký tạm trú", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đăng ký tạm trú");
        assertThat(analyzer.words(decomposed)).containsExactly("dang", "ky", "tam", "tru");
    }

    @Test
    void keepsProcedureCodesWhole() {
        assertThat(analyzer.words("1.001193")).containsExactly("1.001193");
    }
}
