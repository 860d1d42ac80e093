package vn.opendvc.workflow.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Role;
import vn.opendvc.workflow.InvalidSteps;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;
import vn.opendvc.workflow.StepChange;
import vn.opendvc.workflow.UnknownProcedure;

/** {@link ProcessingSteps} in {@code workflow_step}, audited in {@code workflow_step_change} (see V40). */
@Component
class JdbcProcessingSteps implements ProcessingSteps {

    private final JdbcClient jdbc;
    private final ProcedureCatalog catalog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JdbcProcessingSteps(JdbcClient jdbc, ProcedureCatalog catalog, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public List<ProcessingStep> of(long procedureId) {
        List<ProcessingStep> configured = configured(procedureId);
        if (!configured.isEmpty()) {
            return configured;
        }
        requireProcedure(procedureId);
        return DEFAULT;
    }

    @Override
    public boolean isDefault(long procedureId) {
        if (!configured(procedureId).isEmpty()) {
            return false;
        }
        requireProcedure(procedureId);
        return true;
    }

    @Override
    public List<InvalidSteps.Violation> check(List<ProcessingStep> steps) {
        return StepRules.check(steps);
    }

    @Override
    @Transactional
    public void replace(long procedureId, List<ProcessingStep> steps, String changedBy) {
        List<InvalidSteps.Violation> problems = StepRules.check(steps);
        if (!problems.isEmpty()) {
            throw new InvalidSteps(problems);
        }
        requireProcedure(procedureId);
        List<ProcessingStep> after = StepRules.normalized(steps);
        List<ProcessingStep> configured = lockedConfigured(procedureId);
        if (configured.equals(after)) {
            return;
        }
        List<ProcessingStep> before = configured.isEmpty() ? DEFAULT : configured;
        jdbc.sql("delete from workflow_step where procedure_id = ?").param(procedureId).update();
        for (ProcessingStep step : after) {
            jdbc.sql("insert into workflow_step (procedure_id, position, name, role, share_percent) values (?, ?, ?, ?, ?)")
                    .params(procedureId, step.position(), step.name(), step.role().name(), step.sharePercent())
                    .update();
        }
        audit(procedureId, "REPLACED", before, after, changedBy);
    }

    @Override
    @Transactional
    public void reset(long procedureId, String changedBy) {
        requireProcedure(procedureId);
        List<ProcessingStep> configured = lockedConfigured(procedureId);
        if (configured.isEmpty()) {
            return;
        }
        jdbc.sql("delete from workflow_step where procedure_id = ?").param(procedureId).update();
        audit(procedureId, "RESET", configured, DEFAULT, changedBy);
    }

    @Override
    public List<StepChange> changes(long procedureId) {
        record Row(long id, String action, String changedBy, Instant changedAt) {
        }
        List<Row> rows = jdbc.sql("select id, action, changed_by, changed_at from workflow_step_change "
                        + "where procedure_id = ? order by changed_at desc, id desc")
                .param(procedureId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("action"), rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProcessingStep>> before = new LinkedHashMap<>();
        Map<Long, List<ProcessingStep>> after = new LinkedHashMap<>();
        jdbc.sql("select s.change_id, s.side, s.position, s.name, s.role, s.share_percent "
                        + "from workflow_step_change_step s join workflow_step_change c on c.id = s.change_id "
                        + "where c.procedure_id = ? order by s.change_id, s.side, s.position")
                .param(procedureId)
                .query(rs -> {
                    Map<Long, List<ProcessingStep>> side = "BEFORE".equals(rs.getString("side")) ? before : after;
                    side.computeIfAbsent(rs.getLong("change_id"), id -> new ArrayList<>()).add(step(rs));
                });
        return rows.stream()
                .map(r -> new StepChange(r.id(), procedureId, r.action(), before.getOrDefault(r.id(), List.of()),
                        after.getOrDefault(r.id(), List.of()), r.changedBy(), r.changedAt()))
                .toList();
    }

    @Override
    public List<Long> configuredProcedures() {
        return jdbc.sql("select s.procedure_id, max(c.changed_at) as last_change from workflow_step s "
                        + "left join workflow_step_change c on c.procedure_id = s.procedure_id "
                        + "group by s.procedure_id order by last_change desc, s.procedure_id")
                .query((rs, n) -> rs.getLong("procedure_id"))
                .list();
    }

    private List<ProcessingStep> configured(long procedureId) {
        return jdbc.sql("select position, name, role, share_percent from workflow_step where procedure_id = ? "
                        + "order by position")
                .param(procedureId)
                .query((rs, n) -> step(rs))
                .list();
    }

    /** The configured steps, locked against a concurrent replace of the same procedure until the transaction ends. */
    private List<ProcessingStep> lockedConfigured(long procedureId) {
        return jdbc.sql("select position, name, role, share_percent from workflow_step where procedure_id = ? "
                        + "order by position for update")
                .param(procedureId)
                .query((rs, n) -> step(rs))
                .list();
    }

    private void requireProcedure(long procedureId) {
        if (catalog.find(procedureId).isEmpty()) {
            throw new UnknownProcedure(procedureId);
        }
    }

    private void audit(long procedureId, String action, List<ProcessingStep> before, List<ProcessingStep> after,
            String changedBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into workflow_step_change (procedure_id, action, changed_by, changed_at) values (?, ?, ?, ?)")
                .params(procedureId, action, changedBy, Timestamp.from(clock.instant()))
                .update(key, "id");
        long changeId = key.getKeyAs(Number.class).longValue();
        insertSide(changeId, "BEFORE", before);
        insertSide(changeId, "AFTER", after);
        // the audit log records it in this transaction
        events.publishEvent(new StepChange(changeId, procedureId, action, before, after, changedBy, clock.instant()));
    }

    private void insertSide(long changeId, String side, List<ProcessingStep> steps) {
        for (ProcessingStep step : steps) {
            jdbc.sql("insert into workflow_step_change_step (change_id, side, position, name, role, share_percent) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(changeId, side, step.position(), step.name(), step.role().name(), step.sharePercent())
                    .update();
        }
    }

    private static ProcessingStep step(ResultSet rs) throws SQLException {
        return new ProcessingStep(rs.getInt("position"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getInt("share_percent"));
    }
}
