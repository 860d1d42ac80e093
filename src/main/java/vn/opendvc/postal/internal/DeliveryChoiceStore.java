package vn.opendvc.postal.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of the applicants' choices of how the paper result comes back, one per dossier. */
@Component
class DeliveryChoiceStore {

    private final JdbcClient jdbc;

    DeliveryChoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DeliveryChoice> find(long dossierId) {
        return jdbc.sql("""
                select method, recipient_name, phone, street, commune_code, chosen_at
                from postal_delivery_choice where dossier_id = :dossier""").param("dossier", dossierId)
                .query((rs, n) -> new DeliveryChoice(DeliveryChoice.Method.valueOf(rs.getString("method")),
                        rs.getString("recipient_name"), rs.getString("phone"), rs.getString("street"),
                        rs.getString("commune_code"), rs.getTimestamp("chosen_at").toInstant()))
                .optional();
    }

    /** Replaces the dossier's choice (a second citizen request at the same moment: the last one wins). */
    void save(long dossierId, DeliveryChoice choice, long by) {
        int updated = jdbc.sql("""
                update postal_delivery_choice set method = :method, recipient_name = :name, phone = :phone,
                    street = :street, commune_code = :commune, chosen_by = :by, chosen_at = :at
                where dossier_id = :dossier""").params(params(dossierId, choice, by)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into postal_delivery_choice
                        (dossier_id, method, recipient_name, phone, street, commune_code, chosen_by, chosen_at)
                    values (:dossier, :method, :name, :phone, :street, :commune, :by, :at)""")
                    .params(params(dossierId, choice, by)).update();
        }
    }

    private static Map<String, Object> params(long dossierId, DeliveryChoice c, long by) {
        Map<String, Object> params = new HashMap<>();
        params.put("dossier", dossierId);
        params.put("method", c.method().name());
        params.put("name", c.recipientName());
        params.put("phone", c.phone());
        params.put("street", c.street());
        params.put("commune", c.communeCode());
        params.put("by", by);
        params.put("at", ts(c.chosenAt()));
        return params;
    }

    private static Timestamp ts(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
