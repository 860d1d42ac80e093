package vn.opendvc.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;

/** What an operator's load balancer and monitoring read, without login and without internals. */
@ApplicationTest
class OperationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DossierFixture fixture;

    @Test
    void healthIsUpBecauseTheDatabaseAnswers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void prometheusMetricsAreExposedToAMonitor() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "khai sinh")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("giamsat", "Demo@123")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("http_server_requests_seconds_count")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    /** How the service is used, and by how many, is not public: only MONITOR and ADMIN accounts read the metrics. */
    @Test
    void prometheusMetricsAreClosedToAnonymousCallersAndCitizens() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().string(not(containsString("jvm_memory_used_bytes"))));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("giamsat", "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("congdan1", "Demo@123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("motcua1", "Demo@123")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("quantri", "Demo@123")))
                .andExpect(status().isOk());
        // a scraper may also send an access token of a MONITOR account
        mvc.perform(get("/actuator/prometheus").header("Authorization", fixture.token("giamsat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        // the health probe stays open to the load balancer
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
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
