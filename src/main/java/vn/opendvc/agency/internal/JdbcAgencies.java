package vn.opendvc.agency.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.agency.AgencyImport;

/** The agency tree in the {@code agency} table. */
@Component
class JdbcAgencies implements AgencyDirectory, AgencyImport {

    private static final String COLUMNS = "code, name, level, kind, parent_code";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAgencies(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Agency> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from agency where code = ?").param(code).query(Agency.class).optional();
    }

    @Override
    public List<Agency> all() {
        return ordered(jdbc.sql("select " + COLUMNS + " from agency order by code").query(Agency.class).list());
    }

    @Override
    public List<Agency> ofKind(String kind) {
        return jdbc.sql("select " + COLUMNS + " from agency where kind = ? order by name").param(kind)
                .query(Agency.class).list();
    }

    @Override
    @Transactional
    public Report importFrom(InputStream in) {
        List<AgencyRecord> records;
        try (in) {
            records = json.readValue(in, new TypeReference<List<AgencyRecord>>() { });
        } catch (JacksonException e) {
            throw new InvalidAgencyFile("Tệp cơ quan không đúng định dạng JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records == null || records.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidAgencyFile("Tệp cơ quan rỗng hoặc có bản ghi rỗng");
        }
        List<Agency> incoming = records.stream().map(AgencyRecord::validated).toList();
        Map<String, Agency> existing = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from agency").query(Agency.class).list()
                .forEach(a -> existing.put(a.code(), a));
        for (Agency agency : incoming) {
            boolean parentKnown = agency.parentCode() == null || existing.containsKey(agency.parentCode())
                    || incoming.stream().anyMatch(a -> a.code().equals(agency.parentCode()));
            if (!parentKnown) {
                throw new InvalidAgencyFile("Cơ quan " + agency.code() + " có cơ quan cấp trên không tồn tại: "
                        + agency.parentCode());
            }
        }
        int inserted = 0, updated = 0, unchanged = 0;
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        for (Agency agency : ordered(incoming)) {
            Agency before = existing.get(agency.code());
            if (before == null) {
                jdbc.sql("insert into agency (code, name, level, kind, parent_code, updated_at) values (?, ?, ?, ?, ?, ?)")
                        .params(agency.code(), agency.name(), agency.level(), agency.kind(), agency.parentCode(), now)
                        .update();
                inserted++;
            } else if (!before.equals(agency)) {
                jdbc.sql("update agency set name = ?, level = ?, kind = ?, parent_code = ?, updated_at = ? where code = ?")
                        .params(agency.name(), agency.level(), agency.kind(), agency.parentCode(), now, agency.code())
                        .update();
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Report(inserted, updated, unchanged);
    }

    /** Parents before children, so that the foreign key holds while inserting. */
    static List<Agency> ordered(List<Agency> agencies) {
        Map<String, Agency> byCode = new HashMap<>();
        agencies.forEach(a -> byCode.put(a.code(), a));
        List<Agency> result = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Agency agency : agencies) {
            place(agency, byCode, placed, result, 0);
        }
        return result;
    }

    private static void place(Agency agency, Map<String, Agency> byCode, java.util.Set<String> placed,
            List<Agency> result, int depth) {
        if (placed.contains(agency.code())) {
            return;
        }
        if (depth > 16) {
            throw new InvalidAgencyFile("Cây cơ quan có vòng lặp tại " + agency.code());
        }
        Agency parent = agency.parentCode() == null ? null : byCode.get(agency.parentCode());
        if (parent != null) {
            place(parent, byCode, placed, result, depth + 1);
        }
        placed.add(agency.code());
        result.add(agency);
    }

    /** One entry of the import file. */
    record AgencyRecord(String code, String name, String level, String kind, String parent) {
        Agency validated() {
            if (isBlank(code) || isBlank(name) || isBlank(level) || isBlank(kind)) {
                throw new InvalidAgencyFile("Cơ quan thiếu mã, tên, cấp hoặc loại: " + this);
            }
            return new Agency(code.trim(), name.trim(), level.trim(), kind.trim(),
                    isBlank(parent) ? null : parent.trim());
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }
    }
}
