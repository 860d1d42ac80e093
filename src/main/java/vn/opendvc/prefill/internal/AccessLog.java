package vn.opendvc.prefill.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.opendvc.prefill.DataAccess;
import vn.opendvc.prefill.DataItem;

/** The append-only log of national database lookups. */
@Repository
class AccessLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccessLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
    }

    void record(Instant at, long actorId, String actorName, Long subjectAccountId, String subjectNumber,
            String source, List<DataItem> items, Long procedureId, Long dossierId, boolean consent, String outcome) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into prefill_access_log (at, actor_id, actor_name, subject_account_id, subject_number, source,
                    items, procedure_id, dossier_id, consent, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), actorId, actorName, subjectAccountId, subjectNumber, source,
                        items.stream().map(Enum::name).collect(Collectors.joining(",")), procedureId, dossierId,
                        consent, outcome)
                .update(key, "id");
        // the audit log records every registry access in this transaction
        events.publishEvent(new DataAccess(key.getKeyAs(Number.class).longValue(), at, actorId, actorName,
                subjectAccountId, subjectNumber, source, items, procedureId, dossierId, consent, outcome));
    }

    /** Entries about one subject: by account, or by the number when someone looked it up for them. */
    List<DataAccess> about(long subjectAccountId, String subjectNumber) {
        return jdbc.sql("""
                select * from prefill_access_log
                where subject_account_id = ? or subject_number = ?
                order by at desc, id desc""")
                .params(subjectAccountId, subjectNumber == null ? "" : subjectNumber)
                .query(AccessLog::row).list();
    }

    private static DataAccess row(ResultSet rs, int n) throws SQLException {
        String items = rs.getString("items");
        return new DataAccess(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getLong("actor_id"),
                rs.getString("actor_name"), rs.getObject("subject_account_id", Long.class),
                rs.getString("subject_number"), rs.getString("source"),
                items.isEmpty() ? List.of() : Arrays.stream(items.split(",")).map(DataItem::valueOf).toList(),
                rs.getObject("procedure_id", Long.class), rs.getObject("dossier_id", Long.class),
                rs.getBoolean("consent"), rs.getString("outcome"));
    }
}
