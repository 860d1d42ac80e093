package vn.opendvc.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.web.PublicPaths;

/**
 * The public calendar API over HTTP, with the announced table shipped in the migration. Runs as a signed-in user
 * because this branch has no security configuration yet; the paths are declared public through {@link PublicPaths}.
 */
@ApplicationTest
@WithMockUser
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    List<PublicPaths> publicPaths;

    @Test
    void lunarDateOfASolarDate() throws Exception {
        mvc.perform(get("/api/v1/calendar/lunar").param("date", "2025-01-29"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"day\":1,\"month\":1,\"year\":2025,\"leapMonth\":false}", true));
        mvc.perform(get("/api/v1/calendar/lunar").param("date", "2025-07-25"))
                .andExpect(content().json("{\"day\":1,\"month\":6,\"year\":2025,\"leapMonth\":true}", true));
    }

    @Test
    void solarDateOfALunarDate() throws Exception {
        mvc.perform(get("/api/v1/calendar/solar").param("year", "2025").param("month", "6").param("day", "1")
                        .param("leapMonth", "true"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"date\":\"2025-07-25\"}", true));
        mvc.perform(get("/api/v1/calendar/solar").param("year", "1985").param("month", "1").param("day", "1"))
                .andExpect(content().json("{\"date\":\"1985-01-21\"}", true));
    }

    @Test
    void holidaysOfAYearWithTheAnnouncedDays() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025/holidays"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].date").value("2025-01-01"))
                .andExpect(jsonPath("$[0].name").value("Tết Dương lịch"))
                .andExpect(jsonPath("$[*].date", hasItem("2025-01-27")))
                .andExpect(jsonPath("$[*].date", hasItem("2025-05-02")))
                .andExpect(jsonPath("$[*].date", not(hasItem("2025-02-03"))))
                .andExpect(jsonPath("$[0].*").value(org.hamcrest.Matchers.hasSize(2)));
        mvc.perform(get("/api/v1/calendar/2026/holidays"))
                .andExpect(jsonPath("$[?(@.date == '2026-04-27')].name").value(hasItem("Nghỉ bù Giỗ Tổ Hùng Vương")));
    }

    @Test
    void deadline() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-03-10T09:40:00+07:00").param("workingDays", "3"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"due\":\"2025-03-13T02:40:00Z\"}", true));
        // An unencoded '+' arrives as a space.
        mvc.perform(get("/api/v1/calendar/deadline?start=2025-03-10T09:40:00 07:00&workingDays=0.5"))
                .andExpect(content().json("{\"due\":\"2025-03-10T08:40:00Z\"}", true));
        // Across Tết 2025 with the announced table: 27/1 off, 3/2 a working day.
        mvc.perform(get("/api/v1/calendar/deadline").param("start", "2025-01-24T03:00:00Z").param("workingDays", "1"))
                .andExpect(content().json("{\"due\":\"2025-02-03T03:00:00Z\"}", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/calendar/lunar?date=1899-12-31",
            "/api/v1/calendar/lunar?date=2101-01-01",
            "/api/v1/calendar/lunar?date=2025-02-30",
            "/api/v1/calendar/lunar?date=hôm-nay",
            "/api/v1/calendar/lunar",
            "/api/v1/calendar/solar?year=2025&month=5&day=1&leapMonth=true",
            "/api/v1/calendar/solar?year=2024&month=12&day=30",
            "/api/v1/calendar/solar?year=2025&month=13&day=1",
            "/api/v1/calendar/solar?year=2102&month=1&day=1",
            "/api/v1/calendar/solar?year=2025&month=1&day=x",
            "/api/v1/calendar/solar?year=2025&month=1&day=1&leapMonth=maybe",
            "/api/v1/calendar/solar?year=2025&month=1",
            "/api/v1/calendar/2101/holidays",
            "/api/v1/calendar/abc/holidays",
            "/api/v1/calendar/deadline?start=2025-03-10T09:00:00Z&workingDays=-1",
            "/api/v1/calendar/deadline?start=2025-03-10T09:00:00Z&workingDays=0.3",
            "/api/v1/calendar/deadline?start=2025-03-10T09:00:00Z&workingDays=ba",
            "/api/v1/calendar/deadline?start=2025-03-10T09:00:00Z&workingDays=99999",
            "/api/v1/calendar/deadline?start=10/03/2025&workingDays=1",
            "/api/v1/calendar/deadline?start=1899-03-10T09:00:00Z&workingDays=1",
            "/api/v1/calendar/deadline?start=2100-12-30T09:00:00Z&workingDays=5",
            "/api/v1/calendar/deadline?workingDays=1"})
    void badInputIsA400ProblemDetail(String uri) throws Exception {
        ResultActions result = mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON));
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type", containsString("urn:opendvc:problem:")))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        mvc.perform(get("/api/v1/calendar/deadline?start=2025-03-10T09:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("workingDays")));
    }

    @Test
    void aNonExistentLunarDateSaysSo() throws Exception {
        mvc.perform(get("/api/v1/calendar/solar?year=2024&month=12&day=30"))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail", containsString("không tồn tại")));
    }

    @Test
    void pagesAndApiReadsAreDeclaredPublic() {
        PublicPaths all = publicPaths.stream().reduce(new PublicPaths(List.of(), List.of(), List.of()), PublicPaths::and);
        assertThat(all.pages()).contains("/calendar", "/calendar/**").doesNotContain("/admin/calendar/**");
        assertThat(all.apiReads()).contains("/api/v1/calendar/**");
    }
}
