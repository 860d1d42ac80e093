package vn.opendvc.assistance.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-time code a citizen reads on their phone, as the demo's SMS simulator shows it on {@code /demo/sms}: once
 * the notification outbox has handed over every code written for the phone, the newest row for the phone holds the
 * latest code.
 */
final class SentCodes {

    private static final Pattern CODE = Pattern.compile("OpenDVC: (\\d{6})");

    /** Waits until no one-time code for {@code phone} (e.g. {@code +84935678901}) is left in the outbox. */
    static void awaitHandedOver(JdbcClient jdbc, String phone) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from notification where kind = 'ONE_TIME_CODE' and address = ?
                and status in ('created', 'temporary-failure')""").param(phone).query(Integer.class).single() == 0);
    }

    /** The code in the newest row of the simulator's page (its HTML) sent to {@code phone}. */
    static String newestIn(String simulatorPage, String phone) {
        String last3 = phone.substring(phone.length() - 3);
        for (String row : simulatorPage.split("data-testid=\"sms-row\"")) {
            Matcher m = CODE.matcher(row);
            if (row.contains(last3 + "</code>") && m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no code sent to " + phone);
    }

    private SentCodes() {
    }
}
