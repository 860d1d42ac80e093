package vn.opendvc.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentPurpose;
import vn.opendvc.payment.PaymentSource;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentTransition;

/** SQL of the payment tables. Timestamps are bound as {@link Timestamp} (portable across H2 and PostgreSQL). */
@Repository
class PaymentStore {

    private static final String COLUMNS = "id, txn_ref, purpose, reference, payer_account_id, agency_code, amount_vnd, "
            + "order_info, gateway, status, created_at, expires_at, settled_at, gateway_transaction_no, bank_code, version";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored request under an idempotency key. */
    record Keyed(Payment payment, String requestHash, String redirectUrl) {
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getString("txn_ref"), PaymentPurpose.valueOf(rs.getString("purpose")),
                rs.getLong("reference"),
                rs.getLong("payer_account_id"), rs.getString("agency_code"), rs.getLong("amount_vnd"),
                rs.getString("order_info"), rs.getString("gateway"), PaymentStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "settled_at"),
                rs.getString("gateway_transaction_no"), rs.getString("bank_code"), rs.getInt("version"));
    }

    long insert(String txnRef, String key, String requestHash, PaymentPurpose purpose, long reference, long payer,
            String agencyCode,
            long amountVnd, String orderInfo, String clientIp, String gateway, Instant createdAt, Instant expiresAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        // open_reference: a second open payment of the purpose and reference (or the same key twice) is a duplicate key
        jdbc.sql("insert into payment (txn_ref, idempotency_key, request_hash, purpose, reference, payer_account_id,"
                        + " agency_code,"
                        + " amount_vnd, order_info, client_ip, gateway, status, created_at, expires_at, version,"
                        + " open_reference)"
                        + " values (:txnRef, :key, :requestHash, :purpose, :reference, :payer, :agencyCode, :amountVnd, :orderInfo,"
                        + " :clientIp, :gateway, :status, :createdAt, :expiresAt, 0, :reference)")
                .param("txnRef", txnRef).param("key", key).param("requestHash", requestHash)
                .param("purpose", purpose.name()).param("reference", reference).param("payer", payer)
                .param("agencyCode", agencyCode)
                .param("amountVnd", amountVnd).param("orderInfo", orderInfo).param("clientIp", clientIp)
                .param("gateway", gateway).param("status", PaymentStatus.CREATED.name())
                .param("createdAt", ts(createdAt)).param("expiresAt", ts(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void saveRedirectUrl(long id, String url) {
        jdbc.sql("update payment set redirect_url = :url where id = :id").param("url", url).param("id", id).update();
    }

    Optional<Payment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from payment where id = :id").param("id", id).query(PaymentStore::payment)
                .optional();
    }

    Optional<Payment> findByTxnRef(String txnRef) {
        return jdbc.sql("select " + COLUMNS + " from payment where txn_ref = :txnRef").param("txnRef", txnRef)
                .query(PaymentStore::payment).optional();
    }

    Optional<Keyed> findByKey(long payer, String key) {
        return jdbc.sql("select " + COLUMNS + ", request_hash, redirect_url from payment"
                        + " where payer_account_id = :payer and idempotency_key = :key")
                .param("payer", payer).param("key", key)
                .query((rs, row) -> new Keyed(payment(rs, row), rs.getString("request_hash"), rs.getString("redirect_url")))
                .optional();
    }

    /** The open payment of the purpose and reference (at most one: see {@code open_reference}). */
    Optional<Keyed> findOpen(PaymentPurpose purpose, long reference) {
        return jdbc.sql("select " + COLUMNS + ", request_hash, redirect_url from payment"
                        + " where open_reference = :reference and purpose = :purpose")
                .param("reference", reference).param("purpose", purpose.name())
                .query((rs, row) -> new Keyed(payment(rs, row), rs.getString("request_hash"), rs.getString("redirect_url")))
                .optional();
    }

    /** The id of the payment that paid the purpose of the reference (at most one: see {@code credited_reference}). */
    Optional<Long> credited(PaymentPurpose purpose, long reference) {
        return jdbc.sql("select id from payment where credited_reference = :reference and purpose = :purpose")
                .param("reference", reference).param("purpose", purpose.name())
                .query(Long.class).optional();
    }

    /** Payments whose money is owed back to the payer, oldest confirmation first. */
    List<Payment> refundsDue() {
        return jdbc.sql("select " + COLUMNS + " from payment where status = :status order by settled_at, id")
                .param("status", PaymentStatus.REFUND_DUE.name()).query(PaymentStore::payment).list();
    }

    List<Payment> forReference(PaymentPurpose purpose, long reference) {
        return jdbc.sql("select " + COLUMNS + " from payment where reference = :reference and purpose = :purpose"
                        + " order by created_at desc, id desc")
                .param("reference", reference).param("purpose", purpose.name()).query(PaymentStore::payment).list();
    }

    boolean hasStatus(PaymentPurpose purpose, long reference, PaymentStatus status) {
        return jdbc.sql("select count(*) from payment where reference = :reference and purpose = :purpose"
                        + " and status = :status")
                .param("reference", reference).param("purpose", purpose.name()).param("status", status.name())
                .query(Long.class).single() > 0;
    }

    /** Open payments whose expiry time (plus grace) is before {@code before}. */
    List<Payment> openExpiredBefore(Instant before) {
        return jdbc.sql("select " + COLUMNS + " from payment where status in ('CREATED', 'PENDING') and expires_at < :before"
                        + " order by id")
                .param("before", ts(before)).query(PaymentStore::payment).list();
    }

    List<Payment> pendingCreatedBefore(Instant before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from payment where status = 'PENDING' and created_at < :before"
                        + " order by created_at, id fetch first " + limit + " rows only")
                .param("before", ts(before)).query(PaymentStore::payment).list();
    }

    /**
     * Moves a payment from the state it was read in, only if nobody moved it since (same status and version):
     * of concurrent callers exactly one gets {@code true}. The move keeps {@code open_reference} and
     * {@code credited_reference}: crediting a reference already credited by another payment is a duplicate key.
     */
    boolean transition(Payment read, PaymentStatus to, Instant settledAt, String transactionNo, String bankCode) {
        return jdbc.sql("update payment set status = :to, version = version + 1,"
                        + " settled_at = coalesce(:settledAt, settled_at),"
                        + " gateway_transaction_no = coalesce(:transactionNo, gateway_transaction_no),"
                        + " bank_code = coalesce(:bankCode, bank_code),"
                        + " open_reference = :open, credited_reference = :credited"
                        + " where id = :id and status = :from and version = :version")
                .param("to", to.name()).param("settledAt", ts(settledAt)).param("transactionNo", transactionNo)
                .param("open", to.isOpen() ? read.reference() : null)
                .param("credited", to == PaymentStatus.SUCCEEDED ? read.reference() : null)
                .param("bankCode", bankCode).param("id", read.id()).param("from", read.status().name())
                .param("version", read.version())
                .update() == 1;
    }

    void insertTransition(long paymentId, Instant at, PaymentStatus from, PaymentStatus to, PaymentSource source,
            String detail) {
        jdbc.sql("insert into payment_transition (payment_id, at, from_status, to_status, source, detail)"
                        + " values (:paymentId, :at, :from, :to, :source, :detail)")
                .param("paymentId", paymentId).param("at", ts(at)).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("source", source.name())
                .param("detail", detail == null ? null : abbreviate(detail, 500))
                .update();
    }

    List<PaymentTransition> transitions(long paymentId) {
        return jdbc.sql("select payment_id, at, from_status, to_status, source, detail from payment_transition"
                        + " where payment_id = :paymentId order by at, id")
                .param("paymentId", paymentId)
                .query((rs, row) -> new PaymentTransition(rs.getLong("payment_id"), instant(rs, "at"),
                        rs.getString("from_status") == null ? null : PaymentStatus.valueOf(rs.getString("from_status")),
                        PaymentStatus.valueOf(rs.getString("to_status")), PaymentSource.valueOf(rs.getString("source")),
                        rs.getString("detail")))
                .list();
    }

    void insertAnomaly(Long paymentId, String txnRef, String agencyCode, String kind, String detail, Instant at) {
        jdbc.sql("insert into payment_anomaly (payment_id, txn_ref, agency_code, kind, detail, at)"
                        + " values (:paymentId, :txnRef, :agencyCode, :kind, :detail, :at)")
                .param("paymentId", paymentId).param("txnRef", abbreviate(txnRef == null ? "" : txnRef, 40))
                .param("agencyCode", agencyCode).param("kind", kind).param("detail", abbreviate(detail, 500))
                .param("at", ts(at))
                .update();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
