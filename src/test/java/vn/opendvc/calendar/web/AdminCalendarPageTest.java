package vn.opendvc.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.AnnouncedDayChange;
import vn.opendvc.calendar.AnnouncedDays;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.testing.ApplicationTest;

/** ADMIN edits the announced table; the change is audited and changes deadlines at once. */
@ApplicationTest
class AdminCalendarPageTest {

    static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    AnnouncedDays announced;

    @Autowired
    WorkingCalendar calendar;

    @AfterEach
    void cleanUp() {
        announced.withdraw(NEW_YEARS_EVE, "test-cleanup");
    }

    @Test
    @WithMockUser(username = "admin.hanoi", roles = "ADMIN")
    void adminSeesTheTableAndItsAudit() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
                        containsString("Làm bù cho ngày nghỉ 2/5"),
                        containsString("name=\"_csrf\""),
                        containsString("opendvc"))));
    }

    @Test
    @WithMockUser(username = "admin.hanoi", roles = "ADMIN")
    void adminAnnouncesADayOffWhichChangesDeadlinesAndIsAudited() throws Exception {
        Instant wednesday = Instant.parse("2026-12-30T03:00:00Z"); // 10:00 in Hà Nội
        assertThat(calendar.deadline(wednesday, WorkingDays.of(1))).isEqualTo(Instant.parse("2026-12-31T03:00:00Z"));

        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2026-12-31").param("kind", "DAY_OFF").param("name", "Nghỉ thêm cuối năm"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2026"));

        assertThat(calendar.isWorkingDay(NEW_YEARS_EVE)).isFalse();
        // 1/1/2027 is a holiday, then the weekend: due Monday 4/1/2027 at the same time.
        assertThat(calendar.deadline(wednesday, WorkingDays.of(1))).isEqualTo(Instant.parse("2027-01-04T03:00:00Z"));
        assertThat(announced.changes(2026)).first().satisfies(change -> {
            assertThat(change.action()).isEqualTo("ANNOUNCED");
            assertThat(change.changedBy()).isEqualTo("admin.hanoi");
            assertThat(change.before()).isNull();
            assertThat(change.after()).isEqualTo(new AnnouncedDay(NEW_YEARS_EVE, AnnouncedDay.Kind.DAY_OFF, "Nghỉ thêm cuối năm"));
        });
        mvc.perform(get("/admin/calendar").param("year", "2026"))
                .andExpect(content().string(allOf(containsString("Nghỉ thêm cuối năm"), containsString("admin.hanoi"))));

        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2026-12-31").param("kind", "WORKING_DAY").param("name", "Làm việc"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(NEW_YEARS_EVE)).isTrue();
        AnnouncedDayChange changed = announced.changes(2026).getFirst();
        assertThat(changed.action()).isEqualTo("CHANGED");
        assertThat(changed.before().kind()).isEqualTo(AnnouncedDay.Kind.DAY_OFF);

        mvc.perform(post("/admin/calendar/days/2026-12-31/withdraw").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("withdrawn", NEW_YEARS_EVE));
        assertThat(announced.ofYear(2026)).extracting(AnnouncedDay::date).doesNotContain(NEW_YEARS_EVE);
        assertThat(announced.changes(2026).getFirst().action()).isEqualTo("WITHDRAWN");
        assertThat(announced.changes(2026).getFirst().changedBy()).isEqualTo("admin.hanoi");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalidInputIsRefusedAndNothingIsWritten() throws Exception {
        int before = announced.changes(2026).size();
        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2026-12-31").param("kind", "DAY_OFF").param("name", "   "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "31/12/2026").param("kind", "DAY_OFF").param("name", "Nghỉ"))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2026-12-31").param("kind", "HOLIDAY").param("name", "Nghỉ"))
                .andExpect(flash().attributeExists("error"));
        assertThat(announced.changes(2026)).hasSize(before);
        assertThat(calendar.isWorkingDay(NEW_YEARS_EVE)).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void withoutCsrfTokenNothingChanges() throws Exception {
        mvc.perform(post("/admin/calendar/days")
                        .param("date", "2026-12-31").param("kind", "DAY_OFF").param("name", "Nghỉ"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(NEW_YEARS_EVE)).isTrue();
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void otherRolesAreForbidden() throws Exception {
        mvc.perform(get("/admin/calendar")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/days").with(csrf())
                        .param("date", "2026-12-31").param("kind", "DAY_OFF").param("name", "Nghỉ"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(NEW_YEARS_EVE)).isTrue();
    }

    @Test
    void anonymousMustSignIn() throws Exception {
        int status = mvc.perform(get("/admin/calendar")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }
}
