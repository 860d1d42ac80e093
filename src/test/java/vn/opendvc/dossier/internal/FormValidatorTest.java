package vn.opendvc.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.opendvc.catalog.Procedure.FormField;
import vn.opendvc.web.Message;

/** Number fields are bounded by their digits before they are written out, and every stored value by its length. */
class FormValidatorTest {

    private static final List<FormField> AREA = List.of(new FormField("dienTich", "Diện tích", "number", true, List.of()));

    private static FormValidator.Result check(String value) {
        return FormValidator.check(AREA, Map.of("dienTich", value), true);
    }

    @Test
    void ordinaryNumbersAreWrittenOutAsBefore() {
        assertThat(check("1 250,5").values()).containsEntry("dienTich", "1250.5");
        assertThat(check("1.5e3").values()).containsEntry("dienTich", "1500");
        assertThat(check("12345678901234567890.0123456789").values())
                .containsEntry("dienTich", "12345678901234567890.0123456789");
    }

    @Test
    void aHugeExponentIsRefusedNotExpanded() {
        for (String huge : List.of("1e200000", "1e-200000", "9e2147483647", "1e21", "1e-11",
                "123456789012345678901", "0.12345678901")) {
            FormValidator.Result result = check(huge);
            assertThat(result.values()).as(huge).isEmpty();
            assertThat(result.errors()).as(huge).containsEntry("dienTich",
                    Message.of("dossier.field.number.digits", FormValidator.MAX_INTEGER_DIGITS,
                            FormValidator.MAX_FRACTION_DIGITS));
        }
        assertThat(check("1e99999999999").errors()).containsEntry("dienTich", Message.of("dossier.field.number"));
    }

    @Test
    void whatIsStoredIsNeverLongerThanTheLimit() {
        String longest = "9".repeat(FormValidator.MAX_INTEGER_DIGITS) + "." + "9".repeat(FormValidator.MAX_FRACTION_DIGITS);
        assertThat(check(longest).values().get("dienTich")).hasSizeLessThanOrEqualTo(FormValidator.MAX_TEXT);
        assertThat(check("0".repeat(900) + "1").values()).containsEntry("dienTich", "1");
    }
}
