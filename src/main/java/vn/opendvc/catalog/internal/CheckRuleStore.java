package vn.opendvc.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureChecks;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/**
 * The procedures' pre-submission rules: a row per procedure code an ADMIN set, else the seed
 * ({@code catalog/check-rules.json}, read once). A rule is checked against the procedure before it is stored: its
 * fields and documents must be the procedure's, and its kind's parameters present.
 */
@Component
class CheckRuleStore implements ProcedureChecks {

    private static final String SEED = "catalog/check-rules.json";
    private static final TypeReference<List<CheckRule>> RULES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, List<CheckRule>> seed;

    CheckRuleStore(JdbcClient jdbc, ProcedureCatalog catalog, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
        this.seed = readSeed(json);
    }

    @Override
    public List<CheckRule> rules(long procedureId) {
        return catalog.find(procedureId).map(p -> jdbc.sql("select rules from procedure_check_rules where procedure_code = ?")
                .param(p.code() == null ? "" : p.code()).query(String.class).optional()
                .map(text -> json.readValue(text, RULES))
                .orElse(seed.getOrDefault(p.code(), List.of()))).orElse(List.of());
    }

    @Override
    @Transactional
    public List<CheckRule> replace(long procedureId, List<CheckRule> rules, long byAccountId) {
        Procedure procedure = catalog.find(procedureId).filter(p -> p.code() != null)
                .orElseThrow(() -> Problems.notFound(Message.of("catalog.problem.procedure"), procedureId));
        List<CheckRule> checked = new ArrayList<>();
        for (CheckRule rule : rules == null ? List.<CheckRule>of() : rules) {
            checked.add(validate(procedure, rule));
        }
        String text = json.writeValueAsString(checked);
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.sql("update procedure_check_rules set rules = ?, updated_at = ?, updated_by = ? where procedure_code = ?")
                .params(text, now, byAccountId, procedure.code()).update() == 0) {
            jdbc.sql("insert into procedure_check_rules (procedure_code, rules, updated_at, updated_by) values (?, ?, ?, ?)")
                    .params(procedure.code(), text, now, byAccountId).update();
        }
        return checked;
    }

    private static CheckRule validate(Procedure procedure, CheckRule rule) {
        if (rule == null || rule.kind() == null) {
            throw invalid("catalog.check.invalid.kind");
        }
        Set<String> fields = procedure.formFields().stream().map(Procedure.FormField::key).collect(Collectors.toSet());
        Set<String> documents = procedure.documents().stream().map(Procedure.RequiredDocument::name)
                .collect(Collectors.toSet());
        boolean ok = switch (rule.kind()) {
            case REQUIRED_IF -> fields.contains(rule.field()) && fields.contains(rule.whenField());
            case DATE_ORDER -> dateOrToday(fields, rule.field()) && dateOrToday(fields, rule.other())
                    && (fields.contains(rule.field()) || fields.contains(rule.other()));
            case AGE -> fields.contains(rule.field()) && (rule.min() != null || rule.max() != null);
            case DOCUMENT_IF -> documents.contains(rule.document()) && fields.contains(rule.whenField());
            case ID_MATCHES_BIRTH -> fields.contains(rule.field()) && fields.contains(rule.other())
                    && (rule.whenField() == null || fields.contains(rule.whenField()));
            case NO_OPEN_DOSSIER -> true;
        };
        if (!ok) {
            throw invalid("catalog.check.invalid.rule", rule.name());
        }
        return rule;
    }

    private static boolean dateOrToday(Set<String> fields, String name) {
        return "today".equals(name) || fields.contains(name);
    }

    private static RuntimeException invalid(String key, Object... arguments) {
        return Problems.badRequest(Message.of(key, arguments), Map.of("rules", Message.of(key, arguments)));
    }

    private static Map<String, List<CheckRule>> readSeed(JsonMapper json) {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return json.readValue(in, new TypeReference<Map<String, List<CheckRule>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SEED, e);
        }
    }
}
