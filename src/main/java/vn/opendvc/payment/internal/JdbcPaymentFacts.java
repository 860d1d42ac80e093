package vn.opendvc.payment.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.payment.PaymentFacts;
import vn.opendvc.payment.PaymentStatus;

/** Reads table {@code payment} by reference, one statement per call. */
@Component
class JdbcPaymentFacts implements PaymentFacts {

    /** A payment in one of these statuses was paid: succeeded, and maybe refunded since. */
    private static final List<String> PAID = List.of(PaymentStatus.SUCCEEDED.name(), PaymentStatus.REFUNDED.name());

    private final JdbcClient jdbc;

    JdbcPaymentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> paidOnline(Collection<Long> references) {
        if (references.size() > MAX_REFERENCES) {
            throw new IllegalArgumentException("at most " + MAX_REFERENCES + " references, got " + references.size());
        }
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct reference from payment where reference in (:references) and status in (:paid)""")
                .param("references", references).param("paid", PAID).query(Long.class).list());
    }
}
