package vn.opendvc.web.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.BIRTH;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * Which forms the phone may keep while offline, and under whose name: the citizen's own dossier form, under their
 * account; never an officer's counter registration (typed for someone else, at a desk that is online).
 */
@ApplicationTest
class OfflineDraftFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).session(Sessions.signIn(mvc, username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theCitizensFormIsKeptUnderTheirAccountAndTheCounterFormIsNot() throws Exception {
        long procedure = fixture.procedure(BIRTH).id();
        long citizen = fixture.user("congdan1").accountId();

        String form = page("congdan1", "/me/dossiers/new?procedure=" + procedure);
        assertThat(form).contains("data-draft-account=\"" + citizen + "\"")
                .contains("<meta name=\"opendvc-account\" content=\"" + citizen + "\">")
                .contains("Đang chờ kết nối mạng — bản nháp đã được lưu trên máy này");

        String counter = page("motcua1", "/officer/register?procedure=" + procedure);
        assertThat(counter).contains("data-testid=\"dossier-form\"").doesNotContain("data-draft-account")
                .doesNotContain("data-pwa-banner");
    }
}
