package vn.opendvc.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.calendar.WorkingCalendar;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.identity.PasswordChanged;
import vn.opendvc.notification.OneTimeCodes;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.MovableClock;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The SMS channel (the demo's simulator, with its delivery receipts), the officers' daily digest on the working
 * calendar, one-time codes, security messages and the preferences that decide the channels.
 */
@ApplicationTest
@OnMondayMorning
class NotificationChannelsTest {

    @Autowired
    DossierFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficerDigest digest;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    OneTimeCodes oneTimeCodes;
    @Autowired
    Preferences preferences;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSupplementRequestGoesBySmsToTheApplicantsPhoneAndTheReceiptMarksItDelivered() {
        Dossier d = fixture.submitted();
        fixture.act("motcua1", d.id(), DossierAction.REQUEST_SUPPLEMENT, List.of("Bản sao giấy chứng sinh"));

        await().atMost(Duration.ofSeconds(20)).until(() -> "delivered".equals(status(d.code(), "SMS")));
        Map<String, Object> sms = jdbc.sql("""
                select address, body, provider_ref from notification where channel = 'SMS' and kind = ?
                and title like ?""").params(NotificationKind.SUPPLEMENT_REQUESTED.name(), "%" + d.code() + "%")
                .query().singleRow();
        assertThat(sms.get("address")).isEqualTo("+84905123456");
        assertThat((String) sms.get("body")).contains(d.code()).contains("/me/dossiers/" + d.id());
        assertThat(sms.get("provider_ref")).isNotNull();
        String inApp = jdbc.sql("select body from notification where channel = 'IN_APP' and kind = ? and title like ?")
                .params(NotificationKind.SUPPLEMENT_REQUESTED.name(), "%" + d.code() + "%").query(String.class).single();
        assertThat(inApp).contains("Bản sao giấy chứng sinh");
    }

    @Test
    void officersGetOneDigestAtTheirHourOnWorkingDaysOnly() {
        Dossier d = fixture.processing();
        long specialist = fixture.user("chuyenvien1").accountId();
        LocalDate due = d.dueAt().atZone(MovableClock.VIETNAM).toLocalDate();
        LocalDate after = calendar.nextWorkingDay(due);

        clock.set(after + "T08:00");
        digest.sendDue();
        assertThat(digests(specialist, after)).as("08:00 is not the default hour").isEmpty();

        clock.set(after + "T07:00");
        digest.sendDue();
        digest.sendDue();
        List<String> bodies = digests(specialist, after);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains(d.code()).contains("quá hạn");

        LocalDate saturday = after.plusDays(6 - after.getDayOfWeek().getValue());
        clock.set(saturday + "T07:00");
        assertThat(digest.sendDue()).as("no digest on a Saturday").isZero();
        clock.set("2027-01-01T07:00");
        assertThat(digest.sendDue()).as("no digest on New Year's Day, a Friday").isZero();

        preferences.save(specialist, Map.of(), new Preferences.Setting("vi", 9));
        LocalDate next = calendar.nextWorkingDay(after);
        clock.set(next + "T07:00");
        digest.sendDue();
        assertThat(digests(specialist, next)).as("the specialist chose 09:00").isEmpty();
        clock.set(next + "T09:00");
        digest.sendDue();
        assertThat(digests(specialist, next)).hasSize(1);
        preferences.save(specialist, Map.of(), new Preferences.Setting("vi", 7));
    }

    @Test
    void aOneTimeCodeGoesToTheAccountsPhoneAndIsNotKeptReadableOnceSent() {
        long citizen = fixture.user("congdan1").accountId();

        OneTimeCodes.Sent sent = oneTimeCodes.send(citizen, "482913", "đồng ý chia sẻ dữ liệu", Duration.ofMinutes(5))
                .orElseThrow();

        assertThat(sent.channel()).isEqualTo("SMS");
        assertThat(sent.maskedAddress()).endsWith("456").doesNotContain("0905");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from notification where kind = 'ONE_TIME_CODE' and recipient_id = ?
                and status = 'delivered' and body = '***'""").param(citizen).query(Integer.class).single() >= 1);
        assertThat(jdbc.sql("select count(*) from notification where body like '%482913%'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void securityMessagesArriveWhateverThePreferences() {
        long citizen = fixture.user("congdan2").accountId();
        preferences.save(citizen, Map.of(NotificationKind.PASSWORD_CHANGED, Set.of(),
                NotificationKind.DOSSIER_SUBMITTED, Set.of()), new Preferences.Setting("en", 7));

        transactions.executeWithoutResult(tx -> events.publishEvent(new PasswordChanged(citizen, clock.instant())));
        Dossier d = fixture.submitted("congdan2");
        fixture.act("motcua1", d.id(), DossierAction.RECEIVE);

        await().atMost(Duration.ofSeconds(20)).until(() -> count(citizen, NotificationKind.PASSWORD_CHANGED) >= 1);
        assertThat(jdbc.sql("""
                select title from notification where recipient_id = ? and kind = 'PASSWORD_CHANGED' and channel = 'IN_APP'
                order by id desc fetch first 1 rows only""").param(citizen).query(String.class).single())
                .as("in the language the citizen chose").isEqualTo("Your password was changed");
        await().atMost(Duration.ofSeconds(20)).until(() -> inApp(citizen, d.code(), NotificationKind.DOSSIER_RECEIVED) == 1);
        assertThat(inApp(citizen, d.code(), NotificationKind.DOSSIER_SUBMITTED)).as("switched off").isZero();
        preferences.save(citizen, Map.of(NotificationKind.DOSSIER_SUBMITTED, NotificationKind.DOSSIER_SUBMITTED.defaults()),
                new Preferences.Setting("vi", 7));
    }

    private List<String> digests(long officer, LocalDate day) {
        return jdbc.sql("select body from notification where event_key = ? and channel = 'IN_APP'")
                .param("digest:" + officer + ":" + day).query(String.class).list();
    }

    private String status(String code, String channel) {
        return jdbc.sql("select status from notification where channel = ? and title like ?")
                .params(channel, "%" + code + "%").query(String.class).optional().orElse("");
    }

    private int count(long account, NotificationKind kind) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and kind = ?")
                .params(account, kind.name()).query(Integer.class).single();
    }

    private int inApp(long account, String code, NotificationKind kind) {
        return jdbc.sql("""
                select count(*) from notification where recipient_id = ? and kind = ? and channel = 'IN_APP'
                and title like ?""").params(account, kind.name(), "%" + code + "%").query(Integer.class).single();
    }
}
