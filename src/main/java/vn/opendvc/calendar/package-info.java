/**
 * Working days and hours, public holidays (solar and Vietnamese lunar, UTC+7) and legal deadline arithmetic.
 * <p>
 * API for other modules: {@link vn.opendvc.calendar.WorkingCalendar} (deadlines, remaining working time, due-soon /
 * overdue), {@link vn.opendvc.calendar.LunarDate} (Vietnamese lunar calendar), {@link vn.opendvc.calendar.Holiday},
 * {@link vn.opendvc.calendar.WorkingDays}, {@link vn.opendvc.calendar.Pause} and the announced-days table
 * {@link vn.opendvc.calendar.AnnouncedDays}. Depends on no other module except the web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working calendar", allowedDependencies = "web")
package vn.opendvc.calendar;
