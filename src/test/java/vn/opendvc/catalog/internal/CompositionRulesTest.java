package vn.opendvc.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.opendvc.catalog.Composition;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.web.Message;

/**
 * The checks of an ADMIN's connected procedure, without the application: a small catalog of a parent asking a name and
 * a birth certificate, a registration giving a result, and a card that needs the registration's number.
 */
class CompositionRulesTest {

    static Procedure procedure(long id, String code, List<Procedure.FormField> fields,
            List<Procedure.RequiredDocument> documents) {
        return new Procedure(id, code, code, null, null, "XA", null, 1.0, 0L, null, null, true, null, documents, fields,
                List.of(), List.of(), null, List.of(), null);
    }

    static Procedure.FormField field(String key) {
        return new Procedure.FormField(key, "Nhãn " + key, "text", true, List.of());
    }

    final Procedure parent = procedure(1, "2.000001", List.of(field("hoTen")),
            List.of(new Procedure.RequiredDocument("Giấy chứng sinh", true)));
    final Procedure registration = procedure(2, "1.000002", List.of(field("hoTen")),
            List.of(new Procedure.RequiredDocument("Giấy chứng sinh", true)));
    final Procedure card = procedure(3, "1.000003", List.of(field("hoTenNguoiYeuCau"), field("soGiayKhaiSinh")),
            List.of());
    final Map<String, Procedure> catalog = Map.of("1.000002", registration, "1.000003", card, "2.000001", parent);

    Map<String, Message> check(Composition.MemberDefinition... members) {
        return new CompositionRules(parent, code -> Optional.ofNullable(catalog.get(code)), Set.of("XA", "BHXH_TINH"),
                Set.of()).check(List.of(members));
    }

    Composition.MemberDefinition registration(String... dependsOn) {
        return new Composition.MemberDefinition("1.000002", "XA", List.of(dependsOn), Map.of(),
                Map.of("Giấy chứng sinh", "Giấy chứng sinh"), List.of());
    }

    Composition.MemberDefinition card(List<String> dependsOn, String numberFrom) {
        return new Composition.MemberDefinition("1.000003", "BHXH_TINH", dependsOn, Map.of("hoTenNguoiYeuCau", "hoTen"),
                Map.of(), List.of(new Composition.HandOff(numberFrom, "soGiayKhaiSinh", null)));
    }

    @Test
    void aWorkingDefinitionHasNoError() {
        assertThat(check(registration(), card(List.of("1.000002"), "1.000002"))).isEmpty();
    }

    @Test
    void eachMistakeIsNamedOnItsInput() {
        assertThat(check(registration("1.000003"), card(List.of("1.000002"), "1.000002")))
                .containsKey("members[0].dependsOn").containsKey("members[1].dependsOn")
                .extractingByKey("members[0].dependsOn").extracting(Message::code)
                .isEqualTo("catalog.composition.invalid.cycle");
        assertThat(check(registration(), card(List.of(), "1.000002"))).extractingByKey("members[1].handOffs")
                .extracting(Message::code).isEqualTo("catalog.composition.invalid.hand-off-from");
        assertThat(check(registration(), card(List.of("9.999999"), "1.000002")))
                .extractingByKey("members[1].dependsOn").extracting(Message::code)
                .isEqualTo("catalog.composition.invalid.depends-on");
        Map<String, Message> unknown = check(new Composition.MemberDefinition("9.999999", "HUYEN_CU", List.of(),
                Map.of(), Map.of(), List.of()), registration());
        assertThat(unknown).containsKeys("members[0].code", "members[0].agencyKind");
        assertThat(check(registration())).containsKey("members");
        Composition.MemberDefinition[] tooMany = new Composition.MemberDefinition[CompositionRules.MAX_MEMBERS + 1];
        java.util.Arrays.fill(tooMany, registration());
        assertThat(check(tooMany)).extractingByKey("members").extracting(Message::code)
                .isEqualTo("catalog.composition.invalid.too-many");
    }

    @Test
    void aRequiredFieldNothingProvidesIsRefused() {
        Composition.MemberDefinition noNumber = new Composition.MemberDefinition("1.000003", "BHXH_TINH",
                List.of("1.000002"), Map.of("hoTenNguoiYeuCau", "hoTen"), Map.of(), List.of());
        assertThat(check(registration(), noNumber)).extractingByKey("members[1].fields").extracting(Message::code)
                .isEqualTo("catalog.composition.invalid.field-not-given");
    }
}
