package vn.opendvc.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.payment.DiscountChanged;

/**
 * The online discount table: percent by agency code and/or procedure code, {@code *} meaning any. The most specific
 * rule wins: agency + procedure, then procedure at any agency, then agency for any procedure, then the default
 * ({@code *}, {@code *}).
 */
@Repository
public class Discounts {

    public static final String ANY = "*";

    /** One rule. */
    public record Discount(long id, String agencyCode, String procedureCode, int percent, String note,
            String updatedBy, Instant updatedAt) {

        /** Higher is more specific. */
        int specificity() {
            return (ANY.equals(procedureCode) ? 0 : 2) + (ANY.equals(agencyCode) ? 0 : 1);
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Discounts(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    private static Discount discount(ResultSet rs, int row) throws SQLException {
        return new Discount(rs.getLong("id"), rs.getString("agency_code"), rs.getString("procedure_code"),
                rs.getInt("percent"), rs.getString("note"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    public List<Discount> all() {
        return jdbc.sql("select * from payment_discount order by agency_code, procedure_code")
                .query(Discounts::discount)
                .list();
    }

    /** The rule that applies to a procedure (its code may be {@code null}) at an agency. */
    public Optional<Discount> applicable(String agencyCode, String procedureCode) {
        return jdbc.sql("select * from payment_discount where agency_code in (:agencyCode, :any)"
                        + " and procedure_code in (:procedureCode, :any)")
                .param("agencyCode", agencyCode == null ? ANY : agencyCode)
                .param("procedureCode", procedureCode == null ? ANY : procedureCode).param("any", ANY)
                .query(Discounts::discount)
                .list().stream()
                .max((a, b) -> Integer.compare(a.specificity(), b.specificity()));
    }

    /** Adds the rule or replaces the one for the same agency and procedure. */
    @Transactional
    public void put(String agencyCode, String procedureCode, int percent, String note, String by, Instant at) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of 0..100: " + percent);
        }
        Map<String, Object> rule = new HashMap<>();
        rule.put("agencyCode", agencyCode);
        rule.put("procedureCode", procedureCode);
        rule.put("percent", percent);
        rule.put("note", note);
        rule.put("by", by);
        rule.put("at", Timestamp.from(at));
        int updated = jdbc.sql("update payment_discount set percent = :percent, note = :note, updated_by = :by,"
                        + " updated_at = :at where agency_code = :agencyCode and procedure_code = :procedureCode")
                .params(rule).update();
        if (updated == 0) {
            jdbc.sql("insert into payment_discount (agency_code, procedure_code, percent, note, updated_by, updated_at)"
                            + " values (:agencyCode, :procedureCode, :percent, :note, :by, :at)")
                    .params(rule).update();
        }
        // the audit log records it in this transaction
        events.publishEvent(new DiscountChanged(updated == 0 ? "ADDED" : "CHANGED", null, agencyCode, procedureCode,
                percent, note, by, at));
    }

    @Transactional
    public boolean remove(long id) {
        boolean removed = jdbc.sql("delete from payment_discount where id = :id").param("id", id).update() == 1;
        if (removed) {
            events.publishEvent(new DiscountChanged("REMOVED", id, null, null, null, null, null, null));
        }
        return removed;
    }
}
