package vn.opendvc.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.CheckRule.Kind;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.CheckFinding;

/** Each kind of pre-submission rule, without Spring: what it finds, on which field, and when it stays silent. */
class PreSubmissionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Procedure MARRIAGE = new Procedure(1, "1.000894", "Đăng ký kết hôn", null, "XA", "XA", null, 5.0,
            null, null, null, true, null,
            List.of(new Procedure.RequiredDocument("Tờ khai", true), new Procedure.RequiredDocument("Trích lục", false)),
            List.of(field("hoTenBenNam", "text"), field("soDinhDanhBenNam", "idNumber"),
                    field("ngaySinhBenNam", "date"), field("ngayDuKienDangKy", "date"), field("daLyHon", "text"),
                    field("gioiTinh", "text")),
            List.of(), List.of(), null, List.of(), null);

    static Procedure.FormField field(String key, String type) {
        return new Procedure.FormField(key, "Nhãn " + key, type, false, List.of());
    }

    static CheckRule rule(Kind kind, String field, String other, String whenField, String whenEquals, Integer min,
            Integer max, String document) {
        return new CheckRule(kind, field, other, whenField, whenEquals, min, max, document);
    }

    static List<CheckFinding> check(CheckRule rule, Map<String, String> form, List<String> documents, boolean open) {
        return PreSubmissionRules.check(List.of(rule),
                new PreSubmissionRules.Facts(MARRIAGE, form, documents, TODAY, open));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void requiredIfAsksForTheFieldOnlyWhenTheConditionHolds() {
        CheckRule named = rule(Kind.REQUIRED_IF, "soDinhDanhBenNam", null, "hoTenBenNam", null, null, null, null);
        assertThat(check(named, form("hoTenBenNam", "Lê Văn A"), List.of(), false))
                .extracting(CheckFinding::field, CheckFinding::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("soDinhDanhBenNam", "required-if"));
        assertThat(check(named, form(), List.of(), false)).as("nobody named").isEmpty();
        assertThat(check(named, form("hoTenBenNam", "Lê Văn A", "soDinhDanhBenNam", "048095001234"), List.of(), false))
                .isEmpty();
        CheckRule divorced = rule(Kind.REQUIRED_IF, "ngaySinhBenNam", null, "daLyHon", "Có", null, null, null);
        assertThat(check(divorced, form("daLyHon", "Không"), List.of(), false)).isEmpty();
        assertThat(check(divorced, form("daLyHon", "Có"), List.of(), false)).hasSize(1);
    }

    @Test
    void dateOrderComparesTwoFieldsOrAFieldAndToday() {
        CheckRule notPast = rule(Kind.DATE_ORDER, "ngayDuKienDangKy", "today", null, null, null, null, null);
        assertThat(check(notPast, form("ngayDuKienDangKy", "2026-11-22"), List.of(), false))
                .extracting(CheckFinding::field).containsExactly("ngayDuKienDangKy");
        assertThat(check(notPast, form("ngayDuKienDangKy", "2026-11-23"), List.of(), false)).isEmpty();
        CheckRule bornBefore = rule(Kind.DATE_ORDER, "ngayDuKienDangKy", "ngaySinhBenNam", null, null, null, null,
                null);
        assertThat(check(bornBefore, form("ngaySinhBenNam", "2027-01-01", "ngayDuKienDangKy", "2026-12-01"),
                List.of(), false)).hasSize(1);
        CheckRule notFuture = rule(Kind.DATE_ORDER, "today", "ngaySinhBenNam", null, null, null, null, null);
        assertThat(check(notFuture, form("ngaySinhBenNam", "2026-11-24"), List.of(), false))
                .extracting(CheckFinding::field).containsExactly("ngaySinhBenNam");
        assertThat(check(notFuture, form(), List.of(), false)).as("no date, nothing to compare").isEmpty();
    }

    @Test
    void ageCountsWholeYearsToToday() {
        CheckRule twenty = rule(Kind.AGE, "ngaySinhBenNam", null, null, null, 20, null, null);
        assertThat(check(twenty, form("ngaySinhBenNam", "2006-11-24"), List.of(), false)).as("19 until tomorrow")
                .extracting(CheckFinding::rule).containsExactly("age");
        assertThat(check(twenty, form("ngaySinhBenNam", "2006-11-23"), List.of(), false)).as("20 today").isEmpty();
        CheckRule atMost = rule(Kind.AGE, "ngaySinhBenNam", null, null, null, null, 60, null);
        assertThat(check(atMost, form("ngaySinhBenNam", "1950-01-01"), List.of(), false)).hasSize(1);
    }

    @Test
    void documentIfAsksForTheDocumentWhenTheConditionHolds() {
        CheckRule extract = rule(Kind.DOCUMENT_IF, null, null, "daLyHon", "Có", null, null, "Trích lục");
        assertThat(check(extract, form("daLyHon", "Có"), List.of("Tờ khai"), false))
                .extracting(CheckFinding::field, CheckFinding::rule).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("documents", "document-if"));
        assertThat(check(extract, form("daLyHon", "Có"), List.of("Tờ khai", "Trích lục"), false)).isEmpty();
        assertThat(check(extract, form("daLyHon", "Không"), List.of(), false)).isEmpty();
    }

    @Test
    void theIdNumberEncodesTheCenturyTheSexAndTheYearOfBirth() {
        CheckRule man = rule(Kind.ID_MATCHES_BIRTH, "soDinhDanhBenNam", "ngaySinhBenNam", null, "Nam", null, null,
                null);
        assertThat(check(man, form("soDinhDanhBenNam", "048095001234", "ngaySinhBenNam", "1995-05-10"), List.of(),
                false)).as("0: a man born in the 1900s, 95").isEmpty();
        assertThat(check(man, form("soDinhDanhBenNam", "048096001234", "ngaySinhBenNam", "1995-05-10"), List.of(),
                false)).as("another year").hasSize(1);
        assertThat(check(man, form("soDinhDanhBenNam", "048195001234", "ngaySinhBenNam", "1995-05-10"), List.of(),
                false)).as("1: a woman").hasSize(1);
        assertThat(check(man, form("soDinhDanhBenNam", "048295001234", "ngaySinhBenNam", "1995-05-10"), List.of(),
                false)).as("2: born in the 2000s").hasSize(1);
        assertThat(check(man, form("soDinhDanhBenNam", "048205001234", "ngaySinhBenNam", "2005-01-01"), List.of(),
                false)).as("2: a man born in 2005").isEmpty();
        CheckRule bySexField = rule(Kind.ID_MATCHES_BIRTH, "soDinhDanhBenNam", "ngaySinhBenNam", "gioiTinh", null,
                null, null, null);
        assertThat(check(bySexField, form("soDinhDanhBenNam", "048398001234", "ngaySinhBenNam", "1998-01-01",
                "gioiTinh", "Nữ"), List.of(), false)).as("3 is a woman of the 2000s, not of 1998").hasSize(1);
        assertThat(check(bySexField, form("soDinhDanhBenNam", "048198001234", "ngaySinhBenNam", "1998-01-01",
                "gioiTinh", "Nữ"), List.of(), false)).isEmpty();
    }

    @Test
    void aSecondOpenDossierOfTheProcedureIsFound() {
        CheckRule once = rule(Kind.NO_OPEN_DOSSIER, null, null, null, null, null, null, null);
        assertThat(check(once, form(), List.of(), true)).extracting(CheckFinding::field, CheckFinding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("procedure", "no-open-dossier"));
        assertThat(check(once, form(), List.of(), false)).isEmpty();
    }
}
