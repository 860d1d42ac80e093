package vn.opendvc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.monitoring.Indicators.DossierQuery;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/** Page numbers have documented limits, and an upload form posted without a file is the sender's mistake. */
@ApplicationTest
class BoundedInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;

    @Test
    void procedureSearchPagesAreBounded() throws Exception {
        assertThat(mvc.perform(get("/api/v1/procedures").param("page", String.valueOf(ProcedureQuery.MAX_PAGE)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String page : new String[] {"2147483647", String.valueOf(ProcedureQuery.MAX_PAGE + 1)}) {
            MvcResult result = mvc.perform(get("/api/v1/procedures").param("page", page)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(result.getResponse().getContentAsString()).contains("\"parameter\":\"page\"");
        }
    }

    @Test
    void indicatorDrillDownPagesAreBounded() throws Exception {
        String monitor = fixture.token("giamsat");
        String list = "/api/v1/indicators/dossiers?agency=DNG&indicator=onTime&part=numerator&page=";
        assertThat(mvc.perform(get(list + DossierQuery.MAX_PAGE).header(HttpHeaders.AUTHORIZATION, monitor))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String page : new String[] {"2147483647", String.valueOf(DossierQuery.MAX_PAGE + 1)}) {
            MvcResult result = mvc.perform(get(list + page).header(HttpHeaders.AUTHORIZATION, monitor)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
        assertThat(mvc.perform(get("/indicators/dossiers").param("agency", "DNG").param("indicator", "onTime")
                .param("part", "numerator").param("page", "99999999999")
                .session(Sessions.signIn(mvc, "giamsat"))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anUploadFormPostedWithoutAFileIsRefusedNotAServerError() throws Exception {
        long id = fixture.draft("congdan1", DossierFixture.BIRTH).id();
        MvcResult result = mvc.perform(post("/me/dossiers/" + id + "/files").with(csrf())
                .session(Sessions.signIn(mvc, "congdan1"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("document", "Tờ khai")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(415);
    }
}
