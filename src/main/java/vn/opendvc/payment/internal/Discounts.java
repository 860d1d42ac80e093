package vn.opendvc.payment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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

    Discounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Discount> all() {
        return jdbc.sql("select * from payment_discount order by agency_code, procedure_code")
                .query((rs, row) -> new Discount(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("procedure_code"), rs.getInt("percent"), rs.getString("note"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** The rule that applies to a procedure (its code may be {@code null}) at an agency. */
    public Optional<Discount> applicable(String agencyCode, String procedureCode) {
        return jdbc.sql("select * from payment_discount where agency_code in (?, ?) and procedure_code in (?, ?)")
                .params(agencyCode == null ? ANY : agencyCode, ANY, procedureCode == null ? ANY : procedureCode, ANY)
                .query((rs, row) -> new Discount(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("procedure_code"), rs.getInt("percent"), rs.getString("note"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()))
                .list().stream()
                .max((a, b) -> Integer.compare(a.specificity(), b.specificity()));
    }

    /** Adds the rule or replaces the one for the same agency and procedure. */
    @Transactional
    public void put(String agencyCode, String procedureCode, int percent, String note, String by, Instant at) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of 0..100: " + percent);
        }
        int updated = jdbc.sql("update payment_discount set percent = ?, note = ?, updated_by = ?, updated_at = ?"
                        + " where agency_code = ? and procedure_code = ?")
                .params(percent, note, by, Timestamp.from(at), agencyCode, procedureCode).update();
        if (updated == 0) {
            jdbc.sql("insert into payment_discount (agency_code, procedure_code, percent, note, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(agencyCode, procedureCode, percent, note, by, Timestamp.from(at)).update();
        }
    }

    public boolean remove(long id) {
        return jdbc.sql("delete from payment_discount where id = ?").param(id).update() == 1;
    }
}
