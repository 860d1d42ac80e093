package vn.opendvc.dossier.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.web.VietnamTime;

/**
 * Dossier codes {@code <agency code>-<yyMMdd>-<daily sequence>}, the day in Vietnam's time zone, the sequence with
 * at least 4 digits ({@code 0001} to {@code 9999}, then {@code 10000} and on: a busy day at a large agency must not
 * stop submissions, and the codes of ordinary days keep their familiar width). The number
 * is taken inside the submission's transaction, in a nested one (a savepoint on the same connection): the day's
 * sequence row stays locked until the submission commits, so concurrent submissions to one agency take turns and
 * never share a number, and a number is only kept by a submission that commits. A separate transaction would need a
 * second pooled connection while the first is held, and as many concurrent submissions as the pool has connections
 * would then wait for each other until the pool times out.
 */
@Component
class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    DossierCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    String next(String agencyCode, Instant at) {
        LocalDate day = at.atZone(VietnamTime.ZONE).toLocalDate();
        int number = nextNumber(agencyCode, day);
        return "%s-%s-%04d".formatted(agencyCode, DAY.format(day), number);
    }

    private int nextNumber(String agencyCode, LocalDate day) {
        for (int attempt = 0; ; attempt++) {
            try {
                Integer number = savepoint.execute(status -> {
                    int updated = jdbc.sql("update dossier_code_sequence set last_value = last_value + 1 "
                            + "where agency_code = :agency and on_day = :day").param("agency", agencyCode)
                            .param("day", Date.valueOf(day)).update();
                    if (updated == 0) {
                        jdbc.sql("insert into dossier_code_sequence (agency_code, on_day, last_value) values (:agency, :day, 1)")
                                .param("agency", agencyCode).param("day", Date.valueOf(day)).update();
                        return 1;
                    }
                    return jdbc.sql("select last_value from dossier_code_sequence where agency_code = :agency and on_day = :day")
                            .param("agency", agencyCode).param("day", Date.valueOf(day)).query(Integer.class).single();
                });
                return number;
            } catch (DuplicateKeyException e) {
                // another submission created today's row at the same moment: back to the savepoint, increment it instead
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }
}
