package vn.opendvc.calendar.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.testing.ApplicationTest;

/** The public year page: month grids, holidays, make-up Saturdays and lunar dates, in Vietnamese and English. */
@ApplicationTest
class CalendarPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void yearPageInVietnamese() throws Exception {
        mvc.perform(get("/calendar").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Lịch làm việc năm 2025"),
                        containsString("Ất Tỵ"),
                        containsString("Tháng 12"),
                        containsString("/css/calendar.css"),
                        containsString("Tết Nguyên đán"),
                        containsString("Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
                        containsString("Làm bù cho ngày nghỉ 2/5"),
                        containsString(">1/6N<"))))
                // Tết day, announced make-up Saturday, ordinary Sunday, ordinary working day
                .andExpect(content().string(cell("2025-01-29", "holiday off")))
                .andExpect(content().string(cell("2025-04-26", "extra")))
                .andExpect(content().string(cell("2025-02-03", "extra"))) // announced: back to work after Tết
                .andExpect(content().string(cell("2025-02-04", null)))
                .andExpect(content().string(cell("2025-03-02", "off")));
    }

    @Test
    void yearPageInEnglish() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Working calendar 2026"),
                        containsString("January"),
                        containsString("Day off in lieu of Hùng Kings&#39; Commemoration"),
                        containsString("Lunar New Year (Tết)"))));
    }

    /** The page has a day cell for {@code date} with exactly the given classes. */
    private static org.hamcrest.Matcher<String> cell(String date, String classes) {
        String cls = classes == null ? "" : " class=\"" + classes + "\"";
        return matchesPattern("(?s).*<td" + cls + " data-date=\"" + date + "\"[ >].*");
    }

    @Test
    void yearOutOfRange() throws Exception {
        mvc.perform(get("/calendar").param("year", "1899")).andExpect(status().isBadRequest());
    }
}
