package vn.opendvc.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;

/** What an operator's load balancer and monitoring read, without login and without internals. */
@ApplicationTest
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsUpBecauseTheDatabaseAnswers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "khai sinh")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests_seconds_count")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isFound());
        mvc.perform(get("/actuator/env").with(user("quantri").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(user("quantri").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void pagesAreVietnameseFirstAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("Tìm thủ tục hành chính")));
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("Find an administrative procedure")));
    }

    @Test
    void anUnknownPageIsAFriendly404() throws Exception {
        mvc.perform(get("/procedures/987654321"))
                .andExpect(status().isNotFound());
    }
}
