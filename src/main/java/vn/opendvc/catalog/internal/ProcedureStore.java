package vn.opendvc.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.Procedure.FormField;
import vn.opendvc.catalog.Procedure.RequiredDocument;
import vn.opendvc.catalog.ProcedureCatalog.Coverage;
import vn.opendvc.catalog.ProcedureSummary;

/** Reads procedures from {@code catalog_procedure} and its child tables. */
@Component
class ProcedureStore {

    private static final String COLUMNS = """
            id, code, name, field, level, agency_kind, agency_name, processing_days, fee_vnd, fee_note, online_level,
            configured, result_type, categories, departments, promulgated_by, targets, source""";

    private final JdbcClient jdbc;

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A procedure with the text the search index needs. */
    record Searchable(ProcedureSummary summary, String agencyKind, String otherText) {
    }

    /** Changes whenever an import inserts or updates a row; nodes compare it to know their index is stale. */
    record Version(long count, Timestamp lastChange) {
    }

    List<Searchable> allSearchable() {
        return jdbc.sql("select " + COLUMNS + " from catalog_procedure").query((rs, n) -> {
            Procedure p = procedure(rs, List.of(), List.of());
            String other = String.join(" ", nonNull(p.field()), String.join(" ", p.categories()),
                    String.join(" ", p.departments()), nonNull(p.agencyName()), String.join(" ", p.targets()));
            return new Searchable(p.summary(), p.agencyKind(), other);
        }).list();
    }

    Version version() {
        return jdbc.sql("select count(*), max(updated_at) from catalog_procedure")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getTimestamp(2))).single();
    }

    Optional<Procedure> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_procedure where id = ?").param(id)
                .query((rs, n) -> procedure(rs, documents(id), formFields(id))).optional();
    }

    Optional<Procedure> findByCode(String code) {
        return jdbc.sql("select id from catalog_procedure where code = ? order by configured desc").param(code)
                .query(Long.class).list().stream().findFirst().flatMap(this::find);
    }

    /** The id of the configured procedure of this national code, or else of this exact name. */
    Optional<Long> configuredId(String codeOrName) {
        return jdbc.sql("select id from catalog_procedure where configured = true and (code = ? or name = ?)"
                + " order by case when code = ? then 0 else 1 end").params(codeOrName, codeOrName, codeOrName)
                .query(Long.class).list().stream().findFirst();
    }

    /** A configured procedure by its exact name (for the few a 2025 reform left without a national code). */
    Optional<Procedure> findConfiguredByName(String name) {
        return jdbc.sql("select id from catalog_procedure where configured = true and name = ?").param(name)
                .query(Long.class).list().stream().findFirst().flatMap(this::find);
    }

    Map<String, Coverage> coverageByAgencyKind() {
        Map<String, Coverage> out = new TreeMap<>();
        jdbc.sql("""
                select agency_kind, count(*),
                    sum(case when configured and processing_days is not null and fee_vnd is not null
                        and online_level is not null
                        and exists (select 1 from catalog_document d where d.procedure_id = p.id) then 1 else 0 end),
                    sum(case when online_level = 'TOAN_TRINH' then 1 else 0 end)
                from catalog_procedure p where agency_kind is not null group by agency_kind""")
                .query(rs -> {
                    out.put(rs.getString(1), new Coverage(rs.getInt(2),
                            rs.getInt(3), rs.getInt(4)));
                });
        return out;
    }

    private List<RequiredDocument> documents(long id) {
        return jdbc.sql("select name, required from catalog_document where procedure_id = ? order by position")
                .param(id).query((rs, n) -> new RequiredDocument(rs.getString(1), rs.getBoolean(2))).list();
    }

    private List<FormField> formFields(long id) {
        return jdbc.sql("""
                select field_key, label, type, required, options from catalog_form_field
                where procedure_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new FormField(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        lines(rs.getString(5))))
                .list();
    }

    private static Procedure procedure(ResultSet rs, List<RequiredDocument> documents, List<FormField> fields)
            throws SQLException {
        java.math.BigDecimal days = rs.getBigDecimal("processing_days");
        long fee = rs.getLong("fee_vnd");
        Long feeVnd = rs.wasNull() ? null : fee;
        String online = rs.getString("online_level");
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
                rs.getString("level"), rs.getString("agency_kind"), rs.getString("agency_name"),
                days == null ? null : days.doubleValue(), feeVnd, rs.getString("fee_note"),
                online == null ? null : OnlineLevel.valueOf(online), rs.getBoolean("configured"),
                rs.getString("result_type"), documents, fields, lines(rs.getString("categories")),
                lines(rs.getString("departments")), rs.getString("promulgated_by"), lines(rs.getString("targets")),
                rs.getString("source"));
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
