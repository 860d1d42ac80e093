package vn.opendvc.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.DocumentOrigins;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierFacts;
import vn.opendvc.dossier.DossierFile;
import vn.opendvc.dossier.DossierStatus;

/**
 * Reads the facts of submitted dossiers from tables {@code dossier} and {@code dossier_file}: a chunk is the next
 * dossiers by id after the previous chunk's last one (keyset, so chunk 100 costs what chunk 1 costs), and one more
 * statement gives the sources of those dossiers' documents, from which {@link DocumentOrigins} decides.
 */
@Component
class JdbcDossierFacts implements DossierFacts {

    private static final String SELECT = """
            select id, code, procedure_id, agency_code, channel, status, submitted_at, received_at, due_at,
                finished_at, delivered_at
            from dossier
            """;

    private final JdbcClient jdbc;
    private final DossierLoader loader;

    JdbcDossierFacts(JdbcClient jdbc, DossierLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    @Override
    public void forEachChunk(int size, Consumer<List<Fact>> chunk) {
        if (size < 1 || size > MAX_CHUNK) {
            throw new IllegalArgumentException("chunk size must be 1 to " + MAX_CHUNK + ", was " + size);
        }
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> rows = jdbc.sql(SELECT + " where status > :draft and id > :after order by id limit :size")
                    .param("draft", DossierStatus.DRAFT.code()).param("after", after).param("size", size)
                    .query(JdbcDossierFacts::row).list();
            if (rows.isEmpty()) {
                return;
            }
            chunk.accept(facts(rows));
            if (rows.size() < size) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    @Override
    public Optional<Fact> find(long dossierId) {
        return jdbc.sql(SELECT + " where status > :draft and id = :id")
                .param("draft", DossierStatus.DRAFT.code()).param("id", dossierId)
                .query(JdbcDossierFacts::row).optional().map(row -> facts(List.of(row)).get(0));
    }

    @Override
    public Optional<Dossier> dossier(long dossierId) {
        return find(dossierId).map(fact -> loader.load(fact.id()));
    }

    /** A dossier row before its documents are known. */
    private record Row(long id, String code, long procedureId, String agencyCode, Channel channel,
            DossierStatus status, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt,
            Instant deliveredAt) {
    }

    /** The rows with their documents' origins; {@code rows} are in ascending id order. */
    private List<Fact> facts(List<Row> rows) {
        Map<Long, Set<DossierFile.Source>> sources = new HashMap<>();
        jdbc.sql("""
                select dossier_id, source from dossier_file
                where kind = :kind and dossier_id between :first and :last
                group by dossier_id, source""")
                .param("kind", DossierFile.Kind.DOCUMENT.name()).param("first", rows.get(0).id())
                .param("last", rows.get(rows.size() - 1).id())
                .query(rs -> {
                    sources.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(DossierFile.Source.class))
                            .add(DossierFile.Source.valueOf(rs.getString(2)));
                });
        List<Fact> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Fact(r.id(), r.code(), r.procedureId(), r.agencyCode(), r.channel(), r.status(),
                    r.submittedAt(), r.receivedAt(), r.dueAt(), r.finishedAt(), r.deliveredAt(),
                    DocumentOrigins.ofSources(r.channel(), sources.getOrDefault(r.id(), Set.of()))));
        }
        return out;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("procedure_id"),
                rs.getString("agency_code"), Channel.valueOf(rs.getString("channel")),
                DossierStatus.ofCode(rs.getInt("status")), instant(rs, "submitted_at"), instant(rs, "received_at"),
                instant(rs, "due_at"), instant(rs, "finished_at"), instant(rs, "delivered_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
