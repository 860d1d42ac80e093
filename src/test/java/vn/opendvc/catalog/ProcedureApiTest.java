package vn.opendvc.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;

/** The public catalog API as an app or a script sees it: no login, JSON shapes, problem details on bad input. */
@ApplicationTest
class ProcedureApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void searchReturnsItemsAndTotalWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "dang ky khai sinh").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(greaterThan(5)))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[0].name").value("Thủ tục đăng ký khai sinh"))
                .andExpect(jsonPath("$.items[0].code").value("1.001193"))
                .andExpect(jsonPath("$.items[0].field").value("Hộ tịch"))
                .andExpect(jsonPath("$.items[0].level").value("XA"))
                .andExpect(jsonPath("$.items[0].agencyName").value("UBND cấp xã"))
                .andExpect(jsonPath("$.items[0].processingDays").value(1.0))
                .andExpect(jsonPath("$.items[0].feeVnd").value(0))
                .andExpect(jsonPath("$.items[0].onlineLevel").value("TOAN_TRINH"))
                .andExpect(jsonPath("$.items[0].configured").value(true))
                .andExpect(jsonPath("$.items[0].id").isNumber());
    }

    @Test
    void referenceEntriesAreMarkedNotConfigured() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "đăng ký khai sinh lưu động"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("1.003583"))
                .andExpect(jsonPath("$.items[0].configured").value(false))
                .andExpect(jsonPath("$.items[0].onlineLevel").doesNotExist());
    }

    @Test
    void filtersByAgencyLevelFieldAndOnlineLevel() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("agency", "DNG-HAICHAU").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(50))
                .andExpect(jsonPath("$.items[*].level", hasItem("XA")));
        mvc.perform(get("/api/v1/procedures").param("field", "Hộ tịch").param("level", "XA")
                        .param("onlineLevel", "TOAN_TRINH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThan(0)))
                .andExpect(jsonPath("$.items[0].field").value("Hộ tịch"));
    }

    @Test
    void oneProcedureCarriesDocumentsFormFieldsAndResult() throws Exception {
        String body = mvc.perform(get("/api/v1/procedures").param("q", "1.001193"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/procedures/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("1.001193"))
                .andExpect(jsonPath("$.configured").value(true))
                .andExpect(jsonPath("$.resultType").value("Giấy khai sinh"))
                .andExpect(jsonPath("$.documents", hasSize(5)))
                .andExpect(jsonPath("$.documents[0].name").value("Tờ khai đăng ký khai sinh theo mẫu"))
                .andExpect(jsonPath("$.documents[0].required").value(true))
                .andExpect(jsonPath("$.formFields[0].key").value("hoTenTre"))
                .andExpect(jsonPath("$.formFields[0].type").value("text"))
                .andExpect(jsonPath("$.formFields[2].options", hasSize(2)));
    }

    @Test
    void unknownIdIsA404Problem() throws Exception {
        mvc.perform(get("/api/v1/procedures/{id}", 987654321))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:opendvc:problem:not-found"))
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void badParametersAre400ProblemsSayingWhatWasWrong() throws Exception {
        mvc.perform(get("/api/v1/procedures/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("id"));
        mvc.perform(get("/api/v1/procedures").param("level", "HUYEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("level"))
                .andExpect(jsonPath("$.detail", containsString("HUYEN")));
        mvc.perform(get("/api/v1/procedures").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/procedures").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/v1/procedures").param("agency", "KHONG-CO"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("agency"));
        mvc.perform(get("/api/v1/procedures").param("onlineLevel", "MOT_NUA"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("onlineLevel"));
        mvc.perform(get("/api/v1/procedures").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void agencyTreeListsEveryAgencyWithItsParent() throws Exception {
        mvc.perform(get("/api/v1/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(67))) // 57 of shared/data and a police station per commune
                .andExpect(jsonPath("$[?(@.code == 'DNG-HAICHAU')].parentCode").value(hasItem("DNG")))
                .andExpect(jsonPath("$[?(@.code == 'DNG-HAICHAU')].kind").value(hasItem("XA")))
                .andExpect(jsonPath("$[?(@.code == 'DNG-HAICHAU')].level").value(hasItem("XA")))
                .andExpect(jsonPath("$[?(@.code == 'DNG-HAICHAU')].name").value(hasItem(startsWith("Phường Hải Châu"))));
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/procedures']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/procedures/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies']").exists());
    }
}
