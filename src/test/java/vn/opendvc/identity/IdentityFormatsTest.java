package vn.opendvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.opendvc.identity.EmailAddress;
import vn.opendvc.identity.PersonalIdNumber;
import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.identity.internal.TaxCode;

/** Formats of the identifying numbers and contact details; no database. */
class IdentityFormatsTest {

    @Test
    void personalIdNumberHasExactlyTwelveDigits() {
        assertThat(PersonalIdNumber.normalize("048090001234")).contains("048090001234");
        assertThat(PersonalIdNumber.normalize(" 048 090 001 234 ")).contains("048090001234");
        assertThat(PersonalIdNumber.normalize("04809000123")).isEmpty();
        assertThat(PersonalIdNumber.normalize("0480900012345")).isEmpty();
        assertThat(PersonalIdNumber.normalize("04809000123A")).isEmpty();
        assertThat(PersonalIdNumber.normalize("")).isEmpty();
        assertThat(PersonalIdNumber.normalize(null)).isEmpty();
    }

    @Test
    void taxCodeAcceptsTenOrThirteenDigitsAndIsStoredNormalized() {
        assertThat(TaxCode.normalize("0401234567")).contains("0401234567");
        assertThat(TaxCode.normalize("0401234567-001")).contains("0401234567-001");
        assertThat(TaxCode.normalize("0401234567001")).contains("0401234567-001");
        assertThat(TaxCode.normalize(" 0401234567 - 001 ")).contains("0401234567-001");
        assertThat(TaxCode.normalize("040123456")).isEmpty();
        assertThat(TaxCode.normalize("04012345670")).isEmpty();
        assertThat(TaxCode.normalize("0401234567-01")).isEmpty();
        assertThat(TaxCode.normalize("0401234567--001")).isEmpty();
        assertThat(TaxCode.normalize("MST0401234567")).isEmpty();
        assertThat(TaxCode.normalize(null)).isEmpty();
    }

    @Test
    void phoneNumbersAreNormalizedToTheNationalForm() {
        assertThat(PhoneNumber.normalize("0905 123 456")).contains("0905123456");
        assertThat(PhoneNumber.normalize("+84905123456")).contains("0905123456");
        assertThat(PhoneNumber.normalize("0236.3812.345")).contains("02363812345");
        assertThat(PhoneNumber.normalize("12345")).isEmpty();
        assertThat(PhoneNumber.normalize("0905abc456")).isEmpty();
        assertThat(PhoneNumber.normalize("0005123456")).isEmpty();
    }

    @Test
    void emailMustLookLikeAnAddress() {
        assertThat(EmailAddress.normalize(" An.Nguyen@Example.VN ")).contains("an.nguyen@example.vn");
        assertThat(EmailAddress.normalize("an@@example.vn")).isEmpty();
        assertThat(EmailAddress.normalize("an@example")).isEmpty();
        assertThat(EmailAddress.normalize("an example@x.vn")).isEmpty();
        assertThat(EmailAddress.normalize("không-phải-email")).isEmpty();
    }

    @Test
    void currentUserComesFromAnAuthenticationAndChecksAgencyScope() {
        CurrentUser officer = new CurrentUser(7, "motcua1", AccountKind.OFFICER, "Lê Thị Thu Hà", "DNG-HAICHAU",
                Set.of(Role.RECEIVER), null, null, AssuranceLevel.LOCAL);
        var authentication = org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(officer, null, java.util.List.of());
        assertThat(CurrentUser.from(authentication)).contains(officer);
        assertThat(CurrentUser.from(null)).isEmpty();
        assertThat(CurrentUser.from(new org.springframework.security.authentication.AnonymousAuthenticationToken(
                "k", "anonymousUser",
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
                .isEmpty();
        assertThat(officer.worksAt("DNG-HAICHAU")).isTrue();
        assertThat(officer.worksAt("DNG-SONTRA")).isFalse();
        assertThat(officer.hasRole(Role.RECEIVER)).isTrue();
        assertThat(officer.hasRole(Role.LEADER)).isFalse();
        assertThat(officer.toString()).doesNotContain("Lê Thị Thu Hà");
        assertThatThrownBy(() -> officer.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
