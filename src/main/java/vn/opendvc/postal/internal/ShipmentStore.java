package vn.opendvc.postal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.opendvc.postal.internal.Shipment.Kind;

/** Rows of the shipments and their tracking. */
@Component
class ShipmentStore {

    private static final String COLUMNS = """
            id, dossier_id, kind, state, item_code, sender_name, sender_phone, sender_address, receiver_name, receiver_phone,
            receiver_address, postage_vnd, cod_vnd, carrier_order_id, tracking_number, attempts, last_error,
            created_at, state_at, proof_recipient, proof_at, proof_photo_url, proof_signature""";

    private final JdbcClient jdbc;

    ShipmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new order not yet placed at the carrier. The unique open-order key refuses a second open order of the same
     * kind for the dossier ({@code DuplicateKeyException}): callers look first, so only a race gets there.
     */
    long insertPending(long dossierId, Kind kind, Carrier.Order order, long postageVnd, Instant now,
            Instant nextAttempt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into postal_shipment (dossier_id, kind, active_key, state, item_code, sender_name,
                    sender_phone, sender_address, receiver_name, receiver_phone, receiver_address, postage_vnd,
                    cod_vnd, attempts, next_attempt_at, created_at, state_at)
                values (:dossier, :kind, :active, 'PENDING', :item, :senderName, :senderPhone, :senderAddress,
                    :receiverName,
                    :receiverPhone, :receiverAddress, :postage, :cod, 0, :next, :now, :now)""")
                .param("dossier", dossierId).param("kind", kind.name()).param("active", activeKey(kind, dossierId))
                .param("item", order.itemCode()).param("senderName", order.senderName())
                .param("senderPhone", order.senderPhone())
                .param("senderAddress", order.senderAddress()).param("receiverName", order.receiverName())
                .param("receiverPhone", order.receiverPhone()).param("receiverAddress", order.receiverAddress())
                .param("postage", postageVnd).param("cod", order.codAmount()).param("next", ts(nextAttempt))
                .param("now", ts(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static String activeKey(Kind kind, long dossierId) {
        return kind.name() + ":" + dossierId;
    }

    /** The shipment, locked until the transaction ends. */
    Optional<Shipment> forUpdate(long id) {
        return jdbc.sql("select " + COLUMNS + " from postal_shipment where id = :id for update").param("id", id)
                .query(ShipmentStore::map).optional();
    }

    Optional<Shipment> byOrderIdForUpdate(String carrierOrderId) {
        return jdbc.sql("select " + COLUMNS + " from postal_shipment where carrier_order_id = :order for update")
                .param("order", carrierOrderId).query(ShipmentStore::map).optional();
    }

    Optional<Shipment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from postal_shipment where id = :id").param("id", id)
                .query(ShipmentStore::map).optional().map(s -> s.withTracking(tracking(s.id())));
    }

    /** The dossier's shipments with their tracking, newest first. */
    List<Shipment> ofDossier(long dossierId) {
        return jdbc.sql("select " + COLUMNS + " from postal_shipment where dossier_id = :dossier"
                        + " order by created_at desc, id desc")
                .param("dossier", dossierId).query(ShipmentStore::map).list().stream()
                .map(s -> s.withTracking(tracking(s.id()))).toList();
    }

    boolean hasOpen(long dossierId, Kind kind) {
        return jdbc.sql("select count(*) from postal_shipment where active_key = :key")
                .param("key", activeKey(kind, dossierId)).query(Long.class).single() > 0;
    }

    /** Whether a shipment of this kind was created at or after {@code since} (a redelivered event finds its own). */
    boolean createdSince(long dossierId, Kind kind, Instant since) {
        return jdbc.sql("""
                select count(*) from postal_shipment
                where dossier_id = :dossier and kind = :kind and created_at >= :since""")
                .param("dossier", dossierId).param("kind", kind.name()).param("since", ts(since))
                .query(Long.class).single() > 0;
    }

    /** Orders waiting to be sent again, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select id from postal_shipment where state = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, id fetch first :limit rows only""")
                .param("now", ts(now)).param("limit", limit).query(Long.class).list();
    }

    /** The simulator's orders (the demo), newest first. */
    List<Shipment> simulated(String orderPrefix, int limit) {
        return jdbc.sql("select " + COLUMNS + " from postal_shipment where carrier_order_id like :prefix"
                        + " order by created_at desc, id desc fetch first :limit rows only")
                .param("prefix", orderPrefix + "%").param("limit", limit).query(ShipmentStore::map).list();
    }

    void placed(long id, String carrierOrderId, String trackingNumber, int attempts, Instant now) {
        jdbc.sql("""
                update postal_shipment set state = 'REGISTERED', carrier_order_id = :order, tracking_number = :tracking,
                    attempts = :attempts, next_attempt_at = null, last_error = null, state_at = :now
                where id = :id""")
                .param("order", carrierOrderId).param("tracking", trackingNumber).param("attempts", attempts)
                .param("now", ts(now)).param("id", id).update();
    }

    void retryLater(long id, int attempts, Instant next, String error) {
        jdbc.sql("update postal_shipment set attempts = :attempts, next_attempt_at = :next, last_error = :error"
                        + " where id = :id")
                .param("attempts", attempts).param("next", ts(next)).param("error", abbreviated(error))
                .param("id", id).update();
    }

    /** The order will never be placed; the dossier may get a new one. */
    void failed(long id, int attempts, String error, Instant now) {
        jdbc.sql("""
                update postal_shipment set state = 'FAILED', active_key = null, attempts = :attempts,
                    next_attempt_at = null, last_error = :error, state_at = :now
                where id = :id""")
                .param("attempts", attempts).param("error", abbreviated(error)).param("now", ts(now))
                .param("id", id).update();
    }

    /** A state the carrier reported; a final one frees the dossier for a new order of this kind. */
    void moved(long id, ShipmentState state, Instant at, String trackingNumber) {
        jdbc.sql("""
                update postal_shipment set state = :state, state_at = :at,
                    tracking_number = coalesce(:tracking, tracking_number),
                    active_key = case when :final then null else active_key end
                where id = :id""")
                .param("state", state.name()).param("at", ts(at)).param("tracking", trackingNumber)
                .param("final", state.isFinal()).param("id", id).update();
    }

    void proof(long id, Shipment.Proof proof) {
        jdbc.sql("""
                update postal_shipment set proof_recipient = :recipient, proof_at = :at, proof_photo_url = :photo,
                    proof_signature = :signature
                where id = :id""")
                .param("recipient", proof.recipientName()).param("at", ts(proof.at()))
                .param("photo", proof.photoUrl()).param("signature", proof.signatureRef()).param("id", id).update();
    }

    void tracking(long shipmentId, ShipmentState state, Instant at, Instant recordedAt, String note) {
        jdbc.sql("""
                insert into postal_tracking_event (shipment_id, state, at, recorded_at, note)
                values (:shipment, :state, :at, :recorded, :note)""")
                .param("shipment", shipmentId).param("state", state.name()).param("at", ts(at))
                .param("recorded", ts(recordedAt)).param("note", note).update();
    }

    private List<Shipment.Tracking> tracking(long shipmentId) {
        return jdbc.sql("select state, at, note from postal_tracking_event where shipment_id = :id order by id")
                .param("id", shipmentId)
                .query((rs, n) -> new Shipment.Tracking(ShipmentState.valueOf(rs.getString("state")),
                        instant(rs, "at"), rs.getString("note")))
                .list();
    }

    private static Shipment map(ResultSet rs, int n) throws SQLException {
        String recipient = rs.getString("proof_recipient");
        Shipment.Proof proof = recipient == null ? null : new Shipment.Proof(recipient, instant(rs, "proof_at"),
                rs.getString("proof_photo_url"), rs.getString("proof_signature"));
        return new Shipment(rs.getLong("id"), rs.getLong("dossier_id"), Kind.valueOf(rs.getString("kind")),
                ShipmentState.valueOf(rs.getString("state")), rs.getString("item_code"), rs.getString("sender_name"),
                rs.getString("sender_phone"), rs.getString("sender_address"), rs.getString("receiver_name"), rs.getString("receiver_phone"),
                rs.getString("receiver_address"), rs.getLong("postage_vnd"), rs.getLong("cod_vnd"),
                rs.getString("carrier_order_id"), rs.getString("tracking_number"), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "state_at"), proof, List.of());
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
