package vn.opendvc.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.AnnouncedDayChange;
import vn.opendvc.calendar.AnnouncedDays;
import vn.opendvc.calendar.LunarDate;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * The announced-days table ({@code calendar_announced_day}) and its audit ({@code calendar_announced_day_change}).
 * Reads of a year are cached for {@code announced-days-cache-ttl}; a change on this node evicts its year at once.
 */
@Component
class JdbcAnnouncedDays implements AnnouncedDays {

    static final int MAX_NAME = 255;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long ttlNanos;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    JdbcAnnouncedDays(JdbcClient jdbc, Clock clock, CalendarProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttlNanos = properties.announcedDaysCacheTtl().toNanos();
    }

    private record Cached(List<AnnouncedDay> days, long loadedAt) {
    }

    @Override
    public List<AnnouncedDay> ofYear(int year) {
        long now = System.nanoTime();
        Cached cached = cache.get(year);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return cached.days();
        }
        List<AnnouncedDay> days = jdbc.sql("select on_date, kind, name from calendar_announced_day "
                        + "where on_date >= ? and on_date < ? order by on_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> day(rs, "on_date", "kind", "name")).list();
        cache.put(year, new Cached(List.copyOf(days), now));
        return days;
    }

    @Override
    @Transactional
    public AnnouncedDay announce(LocalDate date, AnnouncedDay.Kind kind, String name, String changedBy) {
        requireInRange(date);
        if (kind == null) {
            throw new InvalidInput(Message.of("calendar.invalid.kind"));
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new InvalidInput(Message.of("calendar.invalid.name", MAX_NAME));
        }
        AnnouncedDay after = new AnnouncedDay(date, kind, cleanName);
        Optional<AnnouncedDay> before = find(date);
        Instant now = clock.instant();
        if (before.isPresent()) {
            if (before.get().equals(after)) {
                return after;
            }
            jdbc.sql("update calendar_announced_day set kind = ?, name = ?, updated_by = ?, updated_at = ? where on_date = ?")
                    .params(kind.name(), cleanName, changedBy, Timestamp.from(now), date).update();
        } else {
            jdbc.sql("insert into calendar_announced_day (on_date, kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(date, kind.name(), cleanName, changedBy, Timestamp.from(now)).update();
        }
        audit(date, before.isPresent() ? "CHANGED" : "ANNOUNCED", before.orElse(null), after, changedBy, now);
        cache.remove(date.getYear());
        return after;
    }

    @Override
    @Transactional
    public boolean withdraw(LocalDate date, String changedBy) {
        Optional<AnnouncedDay> before = find(date);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from calendar_announced_day where on_date = ?").param(date).update();
        audit(date, "WITHDRAWN", before.get(), null, changedBy, clock.instant());
        cache.remove(date.getYear());
        return true;
    }

    @Override
    public List<AnnouncedDayChange> changes(int year) {
        return jdbc.sql("select id, on_date, action, old_kind, old_name, new_kind, new_name, changed_by, changed_at "
                        + "from calendar_announced_day_change where on_date >= ? and on_date < ? "
                        + "order by changed_at desc, id desc")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new AnnouncedDayChange(rs.getLong("id"), rs.getObject("on_date", LocalDate.class),
                        rs.getString("action"), day(rs, "on_date", "old_kind", "old_name"),
                        day(rs, "on_date", "new_kind", "new_name"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private Optional<AnnouncedDay> find(LocalDate date) {
        return jdbc.sql("select on_date, kind, name from calendar_announced_day where on_date = ?").param(date)
                .query((rs, n) -> day(rs, "on_date", "kind", "name")).optional();
    }

    private void audit(LocalDate date, String action, AnnouncedDay before, AnnouncedDay after, String changedBy,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into calendar_announced_day_change (on_date, action, old_kind, old_name, new_kind, new_name, "
                        + "changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(date, action, before == null ? null : before.kind().name(), before == null ? null : before.name(),
                        after == null ? null : after.kind().name(), after == null ? null : after.name(), changedBy,
                        Timestamp.from(at))
                .update(key, "id");
        // the audit log records it in this transaction
        events.publishEvent(new AnnouncedDayChange(key.getKeyAs(Number.class).longValue(), date, action, before,
                after, changedBy, at));
    }

    private static AnnouncedDay day(ResultSet rs, String date, String kind, String name) throws SQLException {
        String k = rs.getString(kind);
        return k == null ? null
                : new AnnouncedDay(rs.getObject(date, LocalDate.class), AnnouncedDay.Kind.valueOf(k), rs.getString(name));
    }

    private static void requireInRange(LocalDate date) {
        if (date == null || date.isBefore(LunarDate.MIN_SOLAR) || date.isAfter(LunarDate.MAX_SOLAR)) {
            throw new InvalidInput(Message.of("calendar.invalid.date.within"));
        }
    }
}
