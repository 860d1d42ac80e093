package vn.opendvc.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.CatalogChanged;
import vn.opendvc.catalog.CatalogImport;
import vn.opendvc.catalog.internal.CatalogFiles.ConfiguredRecord;
import vn.opendvc.catalog.internal.CatalogFiles.DocumentRecord;
import vn.opendvc.catalog.internal.CatalogFiles.FormFieldRecord;
import vn.opendvc.catalog.internal.CatalogFiles.ReferenceRecord;
import vn.opendvc.files.Sha256;

/**
 * Writes catalog files into {@code catalog_procedure}. Each row keeps a digest of the record it came from, so a
 * second import of the same file only reads digests and writes nothing. Reference entries never overwrite what a
 * configured procedure says; a configured procedure takes over the reference entry with the same code.
 */
@Component
class CatalogImporter implements CatalogImport {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    CatalogImporter(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.events = events;
    }

    private record Existing(long id, boolean configured, String configuredHash, String referenceHash) {
    }

    @Override
    @Transactional
    public Report importConfigured(InputStream in) {
        List<ConfiguredRecord> records;
        try (in) {
            records = json.readValue(in, new TypeReference<List<ConfiguredRecord>>() { });
        } catch (JacksonException e) {
            throw new InvalidCatalogFile("Tệp thủ tục không đúng định dạng JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records == null) {
            throw new InvalidCatalogFile("Tệp thủ tục rỗng");
        }
        Map<String, ConfiguredRecord> byKey = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ConfiguredRecord record = records.get(i);
            if (record == null) {
                throw new InvalidCatalogFile("thủ tục thứ " + (i + 1) + ": bản ghi rỗng");
            }
            record.check(i);
            if (byKey.put(keyOf(record), record) != null) {
                throw new InvalidCatalogFile("thủ tục thứ " + (i + 1) + ": trùng mã hoặc tên với một thủ tục trước đó");
            }
        }
        Map<String, Existing> existing = existing();
        Instant now = Instant.now();
        int inserted = 0, updated = 0, unchanged = 0;
        for (Map.Entry<String, ConfiguredRecord> entry : byKey.entrySet()) {
            ConfiguredRecord r = entry.getValue();
            String hash = Sha256.hex(json.writeValueAsString(r));
            Existing before = existing.get(entry.getKey());
            if (before == null) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.sql("""
                        insert into catalog_procedure (catalog_key, code, name, field, level, agency_kind, agency_name,
                            processing_days, fee_vnd, fee_note, online_level, result_type, source, configured,
                            configured_hash, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                        .params(entry.getKey(), r.code(), r.name().strip(), r.field(), r.level(), r.agencyKind(),
                                r.agency(), r.processingDays(), r.feeVnd() == null ? 0L : r.feeVnd(), r.feeNote(),
                                r.onlineLevel(), r.resultType(), r.source(), hash, Timestamp.from(now))
                        .update(keys, "id");
                writeChildren(keys.getKeyAs(Number.class).longValue(), r);
                inserted++;
            } else if (!before.configured() || !hash.equals(before.configuredHash())) {
                jdbc.sql("""
                        update catalog_procedure set code = ?, name = ?, field = ?, level = ?, agency_kind = ?,
                            agency_name = ?, processing_days = ?, fee_vnd = ?, fee_note = ?, online_level = ?,
                            result_type = ?, source = ?, configured = true, configured_hash = ?, updated_at = ?
                        where id = ?""")
                        .params(r.code(), r.name().strip(), r.field(), r.level(), r.agencyKind(), r.agency(),
                                r.processingDays(), r.feeVnd() == null ? 0L : r.feeVnd(), r.feeNote(), r.onlineLevel(),
                                r.resultType(), r.source(), hash, Timestamp.from(now), before.id())
                        .update();
                jdbc.sql("delete from catalog_document where procedure_id = ?").param(before.id()).update();
                jdbc.sql("delete from catalog_form_field where procedure_id = ?").param(before.id()).update();
                writeChildren(before.id(), r);
                updated++;
            } else {
                unchanged++;
            }
        }
        return published("configured", new Report(inserted, updated, unchanged));
    }

    @Override
    @Transactional
    public Report importReference(InputStream in) {
        Map<String, ReferenceRecord> byCode = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ReferenceRecord record;
                try {
                    record = json.readValue(line, ReferenceRecord.class);
                } catch (JacksonException e) {
                    throw new InvalidCatalogFile("dòng " + number + ": không đúng định dạng JSON: "
                            + e.getOriginalMessage());
                }
                record.check(number);
                String key = record.code().strip();
                ReferenceRecord earlier = byCode.get(key);
                if (earlier != null && !earlier.name().strip().equals(record.name().strip())) {
                    // The national database holds a few different procedures under one code; keep each of them.
                    key = key + "~" + Sha256.hex(record.name().strip()).substring(0, 12);
                }
                byCode.putIfAbsent(key, record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Existing> existing = existing();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updatesOfReferences = new ArrayList<>();
        List<Object[]> updatesOfMetadataOnly = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, ReferenceRecord> entry : byCode.entrySet()) {
            ReferenceRecord r = entry.getValue();
            String hash = Sha256.hex(json.writeValueAsString(r));
            Existing before = existing.get(entry.getKey());
            String categories = lines(r.categories());
            String departments = lines(r.departments());
            String targets = lines(r.targets());
            if (before == null) {
                inserts.add(new Object[] {entry.getKey(), r.code().strip(), r.name().strip(), first(r.categories()),
                        ReferenceLevel.infer(r.departments()), agencyName(r), categories, departments,
                        r.promulgatedBy(), targets, r.type(), hash, now});
            } else if (!hash.equals(before.referenceHash())) {
                if (before.configured()) {
                    updatesOfMetadataOnly.add(new Object[] {categories, departments, r.promulgatedBy(), targets,
                            r.type(), hash, now, before.id()});
                } else {
                    updatesOfReferences.add(new Object[] {r.name().strip(), first(r.categories()),
                            ReferenceLevel.infer(r.departments()), agencyName(r), categories, departments,
                            r.promulgatedBy(), targets, r.type(), hash, now, before.id()});
                }
            } else {
                unchanged++;
            }
        }
        batch.batchUpdate("""
                insert into catalog_procedure (catalog_key, code, name, field, level, agency_name, categories,
                    departments, promulgated_by, targets, reference_type, reference_hash, updated_at, configured)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)""", inserts);
        batch.batchUpdate("""
                update catalog_procedure set name = ?, field = ?, level = ?, agency_name = ?, categories = ?,
                    departments = ?, promulgated_by = ?, targets = ?, reference_type = ?, reference_hash = ?,
                    updated_at = ?
                where id = ?""", updatesOfReferences);
        batch.batchUpdate("""
                update catalog_procedure set categories = ?, departments = ?, promulgated_by = ?, targets = ?,
                    reference_type = ?, reference_hash = ?, updated_at = ?
                where id = ?""", updatesOfMetadataOnly);
        return published("reference", new Report(inserts.size(),
                updatesOfReferences.size() + updatesOfMetadataOnly.size(), unchanged));
    }

    private Report published(String file, Report report) {
        if (report.inserted() + report.updated() > 0) {
            events.publishEvent(new CatalogChanged(file, report));
        }
        return report;
    }

    private void writeChildren(long id, ConfiguredRecord r) {
        List<Object[]> documents = new ArrayList<>();
        List<DocumentRecord> docs = r.documents() == null ? List.of() : r.documents();
        for (int i = 0; i < docs.size(); i++) {
            documents.add(new Object[] {id, i, docs.get(i).name().strip(), Boolean.TRUE.equals(docs.get(i).required())});
        }
        batch.batchUpdate("insert into catalog_document (procedure_id, position, name, required) values (?, ?, ?, ?)",
                documents);
        List<Object[]> fields = new ArrayList<>();
        List<FormFieldRecord> formFields = r.formFields() == null ? List.of() : r.formFields();
        for (int i = 0; i < formFields.size(); i++) {
            FormFieldRecord f = formFields.get(i);
            fields.add(new Object[] {id, i, f.key(), f.label(), f.type(), Boolean.TRUE.equals(f.required()),
                    f.options() == null || f.options().isEmpty() ? null : String.join("\n", f.options())});
        }
        batch.batchUpdate("""
                insert into catalog_form_field (procedure_id, position, field_key, label, type, required, options)
                values (?, ?, ?, ?, ?, ?, ?)""", fields);
    }

    private Map<String, Existing> existing() {
        Map<String, Existing> existing = new LinkedHashMap<>();
        jdbc.sql("select catalog_key, id, configured, configured_hash, reference_hash from catalog_procedure")
                .query(rs -> {
                    existing.put(rs.getString(1), new Existing(rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                            rs.getString(5)));
                });
        return existing;
    }

    /** A configured procedure is keyed by its national code, or by its name where a 2025 reform left no code. */
    static String keyOf(ConfiguredRecord record) {
        if (!CatalogFiles.blank(record.code())) {
            return record.code().strip();
        }
        return "local:" + Sha256.hex(record.name().strip().toLowerCase(java.util.Locale.ROOT)).substring(0, 24);
    }

    private static String agencyName(ReferenceRecord r) {
        String departments = r.departments() == null ? "" : String.join(", ",
                r.departments().stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList());
        return departments.isEmpty() ? r.promulgatedBy() : departments;
    }

    private static String lines(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    private static String first(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

}
