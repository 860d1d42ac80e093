package vn.opendvc.audit.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.web.VietnamTime;

/** Reads the log for the audit page: newest first, filtered, one page at a time (keyset on the entry number). */
@Service
public class AuditSearch {

    /** Entries shown per page. */
    public static final int PAGE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param kind    exact kind, or blank for all
     * @param actor   exact actor, or blank
     * @param subject the subject or its beginning (e.g. {@code dossier:} for every dossier), or blank
     * @param from    first day (Vietnam time), or {@code null}
     * @param to      last day (Vietnam time), or {@code null}
     * @param before  only entries numbered below this (the next page), or {@code null}
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(String kind, String actor, String subject, LocalDate from, LocalDate to,
            Long before) {
        StringBuilder sql = new StringBuilder("""
                select seq, recorded_at, actor, kind, subject, content, previous_hash, hash from audit_entry
                where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (present(kind)) {
            sql.append(" and kind = ?");
            params.add(kind.strip());
        }
        if (present(actor)) {
            sql.append(" and actor = ?");
            params.add(actor.strip());
        }
        if (present(subject)) {
            sql.append(" and subject like ? escape '\\'");
            params.add(subject.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (from != null) {
            sql.append(" and recorded_at >= ?");
            params.add(Timestamp.from(from.atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (to != null) {
            sql.append(" and recorded_at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (before != null) {
            sql.append(" and seq < ?");
            params.add(before);
        }
        sql.append(" order by seq desc fetch first ").append(PAGE).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(ChainVerifier::entry).list();
    }

    public List<String> kinds() {
        return AuditKind.ALL;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
