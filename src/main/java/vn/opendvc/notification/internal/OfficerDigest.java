package vn.opendvc.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.dossier.DossierQueueItem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;

/**
 * Once a working day, at the hour each officer chose, one message listing the dossiers waiting for them that are
 * overdue or due by the end of the next working day. Nothing on weekends and holidays, nothing when nothing is due;
 * the event key (officer and date) keeps it to one per day whichever node runs the hour.
 */
@Component
class OfficerDigest {

    private static final List<Role> HANDLING = List.of(Role.RECEIVER, Role.SPECIALIST, Role.LEADER);

    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final Dossiers dossiers;
    private final WorkingCalendar calendar;
    private final Recipients recipients;
    private final Preferences preferences;
    private final NoticeValues values;
    private final Notifier notifier;
    private final Clock clock;

    OfficerDigest(AgencyDirectory agencies, Accounts accounts, Dossiers dossiers, WorkingCalendar calendar,
            Recipients recipients, Preferences preferences, NoticeValues values, Notifier notifier, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.recipients = recipients;
        this.preferences = preferences;
        this.values = values;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** At the top of each hour, on one node of the cluster. */
    @Scheduled(cron = "${opendvc.notification.digest-cron:0 0 * * * *}", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "notification.officer-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void hourly() {
        sendDue();
    }

    /** Sends the digests of the officers whose hour it is now; returns how many were written. */
    int sendDue() {
        ZonedDateTime now = clock.instant().atZone(calendar.zone());
        LocalDate today = now.toLocalDate();
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        Instant endOfNextWorkingDay = calendar.nextWorkingDay(today).plusDays(1).atStartOfDay(calendar.zone())
                .toInstant();
        int written = 0;
        for (CurrentUser officer : officers()) {
            if (preferences.setting(officer.accountId()).digestHour() != now.getHour()) {
                continue;
            }
            written += digest(officer, today, now.toInstant(), endOfNextWorkingDay);
        }
        return written;
    }

    private int digest(CurrentUser officer, LocalDate today, Instant now, Instant dueBy) {
        List<DossierQueueItem> due = dossiers.queue(officer).stream()
                .filter(item -> item.dueAt() != null && item.dueAt().isBefore(dueBy)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        long overdue = due.stream().filter(item -> item.dueAt().isBefore(now)).count();
        return recipients.account(officer.accountId()).map(to -> {
            String list = due.stream().map(item -> "- " + item.code() + " — " + item.procedureName() + " — "
                    + values.date(item.dueAt(), to.language())
                    + (item.dueAt().isBefore(now) ? " (" + values.text("notification.values.overdue", to.language())
                            + ")" : ""))
                    .collect(Collectors.joining("\n"));
            notifier.tell(List.of(new Notice("digest:" + officer.accountId() + ":" + today,
                    NotificationKind.DEADLINE_DIGEST, to, Map.of("dueTomorrow", String.valueOf(due.size() - overdue),
                            "overdue", String.valueOf(overdue), "list", list), "/officer")));
            return 1;
        }).orElse(0);
    }

    /** Every enabled officer who handles dossiers, once each. */
    private List<CurrentUser> officers() {
        Map<Long, CurrentUser> officers = new LinkedHashMap<>();
        agencies.all().forEach(agency -> HANDLING.forEach(role -> accounts.officers(agency.code(), role)
                .forEach(officer -> officers.putIfAbsent(officer.accountId(), officer))));
        return List.copyOf(officers.values());
    }
}
