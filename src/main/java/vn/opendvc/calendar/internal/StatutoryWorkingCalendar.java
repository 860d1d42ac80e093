package vn.opendvc.calendar.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.DeadlineStatus;
import vn.opendvc.calendar.Holiday;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.calendar.Pause;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.calendar.WorkingDays;
import vn.opendvc.calendar.internal.CalendarProperties.Period;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * {@link WorkingCalendar} from the Labour Code holiday rules ({@link HolidayRules}), the configured working hours and
 * the announced-days table, which wins over the rules for the dates it names. See {@link WorkingCalendar} for the
 * exact deadline rules.
 */
class StatutoryWorkingCalendar implements WorkingCalendar {

    private final CalendarProperties properties;
    private final HolidayRules rules;
    private final IntFunction<List<AnnouncedDay>> announced;
    private final Clock clock;
    private final List<Period> periods;
    private final LocalTime cutoff;
    private final Duration dayLength;

    StatutoryWorkingCalendar(CalendarProperties properties, IntFunction<List<AnnouncedDay>> announced, Clock clock) {
        this.properties = properties;
        this.rules = new HolidayRules(properties);
        this.announced = announced;
        this.clock = clock;
        this.periods = properties.periods();
        this.cutoff = properties.cutoff();
        this.dayLength = periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }

    @Override
    public ZoneId zone() {
        return properties.zone();
    }

    @Override
    public Duration workingDayLength() {
        return dayLength;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return new Days().isWorkingDay(date);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return new Days().nextWorkingDay(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        Map<LocalDate, AnnouncedDay> table = new HashMap<>();
        announced.apply(year).forEach(a -> table.put(a.date(), a));
        List<Holiday> result = new ArrayList<>();
        for (Holiday holiday : rules.of(year)) {
            if (!table.containsKey(holiday.date())) {
                result.add(holiday);
            }
        }
        table.values().stream().filter(a -> a.kind() == AnnouncedDay.Kind.DAY_OFF)
                .forEach(a -> result.add(new Holiday(a.date(), a.name(), Holiday.Kind.ANNOUNCED, false)));
        result.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(result);
    }

    @Override
    public List<AnnouncedDay> extraWorkingDays(int year) {
        return announced.apply(year).stream()
                .filter(a -> a.kind() == AnnouncedDay.Kind.WORKING_DAY)
                .filter(a -> rules.isRestDay(a.date())
                        || rules.of(year).stream().anyMatch(h -> h.date().equals(a.date())))
                .sorted(Comparator.comparing(AnnouncedDay::date))
                .toList();
    }

    @Override
    public Instant countingStart(Instant received) {
        return new Days().countingStart(received);
    }

    @Override
    public Instant deadline(Instant received, WorkingDays days, List<Pause> pauses) {
        Days calendar = new Days();
        Instant now = clock.instant();
        List<Pause> closed = pauses.stream().map(p -> p.closedAt(now)).toList();
        return calendar.addWorkingTime(calendar.countingStart(received), dayLength.multipliedBy(days.halves()).dividedBy(2),
                merged(closed));
    }

    @Override
    public Duration workingTime(Instant from, Instant to, List<Pause> pauses) {
        Instant now = clock.instant();
        return new Days().workingTime(from, to, merged(pauses.stream().map(p -> p.closedAt(now)).toList()));
    }

    @Override
    public DeadlineStatus status(Instant received, WorkingDays days, List<Pause> pauses) {
        return status(received, days, pauses, clock.instant());
    }

    @Override
    public DeadlineStatus status(Instant received, WorkingDays days, List<Pause> pauses, Instant at) {
        Days calendar = new Days();
        List<Pause> closed = merged(pauses.stream().map(p -> p.closedAt(at)).toList());
        Instant due = calendar.addWorkingTime(calendar.countingStart(received),
                dayLength.multipliedBy(days.halves()).dividedBy(2), closed);
        boolean paused = pauses.stream().anyMatch(p -> !at.isBefore(p.from()) && (p.to() == null || at.isBefore(p.to())));
        Duration remaining;
        DeadlineStatus.State state;
        if (at.isAfter(due)) {
            remaining = calendar.workingTime(due, at, closed).negated();
            state = DeadlineStatus.State.OVERDUE;
        } else {
            remaining = calendar.workingTime(at, due, closed);
            Duration dueSoon = Duration.ofSeconds(new BigDecimal(dayLength.toSeconds())
                    .multiply(properties.dueSoonWorkingDays()).setScale(0, RoundingMode.HALF_UP).longValueExact());
            state = remaining.compareTo(dueSoon) <= 0 ? DeadlineStatus.State.DUE_SOON : DeadlineStatus.State.ON_TRACK;
        }
        BigDecimal remainingDays = BigDecimal.valueOf(remaining.toSeconds())
                .divide(BigDecimal.valueOf(dayLength.toSeconds()), 2, RoundingMode.DOWN);
        return new DeadlineStatus(due, at, remaining, remainingDays, state, paused);
    }

    /** Pauses sorted by start with overlaps merged, so that no working time is subtracted twice. */
    private static List<Pause> merged(List<Pause> pauses) {
        List<Pause> sorted = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
        List<Pause> result = new ArrayList<>();
        for (Pause pause : sorted) {
            if (!result.isEmpty() && !pause.from().isAfter(result.getLast().to())) {
                Pause last = result.removeLast();
                result.add(new Pause(last.from(), last.to().isAfter(pause.to()) ? last.to() : pause.to()));
            } else {
                result.add(pause);
            }
        }
        return result;
    }

    /**
     * One computation's view of the calendar: reads each year's announced table at most once, so that a deadline
     * is computed from one consistent table.
     */
    private final class Days {

        private final Map<Integer, Map<LocalDate, Boolean>> overridesByYear = new HashMap<>();
        private final Map<Integer, java.util.Set<LocalDate>> holidaysByYear = new HashMap<>();

        boolean isWorkingDay(LocalDate date) {
            requireInRange(date);
            Boolean override = overridesByYear.computeIfAbsent(date.getYear(), year -> {
                Map<LocalDate, Boolean> map = new HashMap<>();
                announced.apply(year).forEach(a -> map.put(a.date(), a.kind() == AnnouncedDay.Kind.WORKING_DAY));
                return map;
            }).get(date);
            if (override != null) {
                return override;
            }
            if (rules.isRestDay(date)) {
                return false;
            }
            return !holidaysByYear.computeIfAbsent(date.getYear(), year -> {
                java.util.Set<LocalDate> set = new java.util.HashSet<>();
                rules.of(year).forEach(h -> set.add(h.date()));
                return set;
            }).contains(date);
        }

        LocalDate nextWorkingDay(LocalDate date) {
            LocalDate next = date.plusDays(1);
            while (!isWorkingDay(next)) {
                next = next.plusDays(1);
            }
            return next;
        }

        Instant countingStart(Instant received) {
            ZonedDateTime local = received.atZone(zone());
            LocalDate day = local.toLocalDate();
            if (isWorkingDay(day) && !local.toLocalTime().isAfter(cutoff)) {
                for (Period period : periods) {
                    if (local.toLocalTime().isBefore(period.end())) {
                        Instant opening = at(day, period.start());
                        return received.isAfter(opening) ? received : opening;
                    }
                }
            }
            return at(nextWorkingDay(day), periods.getFirst().start());
        }

        /** The instant at which {@code amount} of working time outside {@code pauses} has elapsed after {@code from}. */
        Instant addWorkingTime(Instant from, Duration amount, List<Pause> pauses) {
            if (amount.isZero()) {
                return from;
            }
            Duration left = amount;
            for (LocalDate day = from.atZone(zone()).toLocalDate(); ; day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    continue;
                }
                for (Period period : periods) {
                    Instant start = max(from, at(day, period.start()));
                    Instant end = at(day, period.end());
                    for (Instant[] free : free(start, end, pauses)) {
                        Duration length = Duration.between(free[0], free[1]);
                        if (left.compareTo(length) <= 0) {
                            return free[0].plus(left);
                        }
                        left = left.minus(length);
                    }
                }
            }
        }

        Duration workingTime(Instant from, Instant to, List<Pause> pauses) {
            if (!to.isAfter(from)) {
                return Duration.ZERO;
            }
            Duration total = Duration.ZERO;
            LocalDate last = to.atZone(zone()).toLocalDate();
            for (LocalDate day = from.atZone(zone()).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                if (!isWorkingDay(day)) {
                    continue;
                }
                for (Period period : periods) {
                    Instant start = max(from, at(day, period.start()));
                    Instant end = min(to, at(day, period.end()));
                    for (Instant[] free : free(start, end, pauses)) {
                        total = total.plus(Duration.between(free[0], free[1]));
                    }
                }
            }
            return total;
        }

        /** {@code [start, end)} minus the (sorted, merged) pauses. */
        private List<Instant[]> free(Instant start, Instant end, List<Pause> pauses) {
            List<Instant[]> result = new ArrayList<>(2);
            Instant cursor = start;
            for (Pause pause : pauses) {
                if (!cursor.isBefore(end)) {
                    break;
                }
                if (!pause.to().isAfter(cursor) || !pause.from().isBefore(end)) {
                    continue;
                }
                if (pause.from().isAfter(cursor)) {
                    result.add(new Instant[] {cursor, pause.from()});
                }
                cursor = max(cursor, pause.to());
            }
            if (cursor.isBefore(end)) {
                result.add(new Instant[] {cursor, end});
            }
            return result;
        }

        private Instant at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(zone()).toInstant();
        }
    }

    private static void requireInRange(LocalDate date) {
        if (date.isBefore(LunarDate.MIN_SOLAR) || date.isAfter(LunarDate.MAX_SOLAR)) {
            throw new InvalidInput(Message.of("calendar.invalid.date.range", date));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
