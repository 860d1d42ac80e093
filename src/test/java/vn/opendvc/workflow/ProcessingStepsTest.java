package vn.opendvc.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Role;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.workflow.InvalidSteps.Violation;

/** Default steps, replacing and resetting them with an audit, and every rule a list of steps must follow. */
@ApplicationTest
class ProcessingStepsTest {

    @Autowired
    ProcessingSteps steps;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    long birth;
    long residence;

    @BeforeEach
    void procedures() {
        birth = catalog.findByCode("1.001193").orElseThrow().id();
        residence = catalog.findByCode("1.004194").orElseThrow().id();
        cleanUp();
    }

    @AfterEach
    void cleanUp() {
        for (long id : List.of(birth, residence)) {
            jdbc.sql("delete from workflow_step where procedure_id = ?").param(id).update();
            jdbc.sql("delete from workflow_step_change where procedure_id = ?").param(id).update();
        }
    }

    static ProcessingStep step(int position, String name, Role role, int share) {
        return new ProcessingStep(position, name, role, share);
    }

    static final List<ProcessingStep> FIVE = List.of(
            step(1, "Tiếp nhận, kiểm tra hồ sơ", Role.RECEIVER, 5),
            step(2, "Xác minh tại nơi cư trú", Role.SPECIALIST, 40),
            step(3, "Thẩm định hồ sơ", Role.SPECIALIST, 30),
            step(4, "Phê duyệt", Role.LEADER, 15),
            step(5, "Trả kết quả", Role.RECEIVER, 10));

    @Test
    void aProcedureWithoutConfiguredStepsFollowsTheDefault() {
        assertThat(steps.isDefault(birth)).isTrue();
        assertThat(steps.of(birth)).containsExactly(
                step(1, "Tiếp nhận hồ sơ", Role.RECEIVER, 10),
                step(2, "Thẩm định, xử lý hồ sơ", Role.SPECIALIST, 60),
                step(3, "Phê duyệt, ký kết quả", Role.LEADER, 20),
                step(4, "Trả kết quả", Role.RECEIVER, 10));
        assertThat(steps.check(ProcessingSteps.DEFAULT)).as("the default follows its own rules").isEmpty();
        assertThat(steps.changes(birth)).isEmpty();
    }

    @Test
    void replacedStepsAreReadBackInListOrderWithPositionsRenumberedAndNamesTrimmed() {
        List<ProcessingStep> submitted = List.of(
                step(7, "  Tiếp nhận  ", Role.RECEIVER, 20),
                step(3, "Xử lý", Role.SPECIALIST, 70),
                step(1, "Trả kết quả", Role.RECEIVER, 10));
        steps.replace(birth, submitted, "quantri");

        assertThat(steps.isDefault(birth)).isFalse();
        assertThat(steps.of(birth)).containsExactly(
                step(1, "Tiếp nhận", Role.RECEIVER, 20),
                step(2, "Xử lý", Role.SPECIALIST, 70),
                step(3, "Trả kết quả", Role.RECEIVER, 10));
        assertThat(steps.of(residence)).as("other procedures keep the default").isEqualTo(ProcessingSteps.DEFAULT);
        assertThat(steps.configuredProcedures()).contains(birth).doesNotContain(residence);

        steps.replace(birth, FIVE, "quantri");
        assertThat(steps.of(birth)).isEqualTo(FIVE);
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndWhen() {
        Instant before = Instant.now().minusSeconds(1);
        steps.replace(birth, FIVE, "quantri");
        steps.replace(birth, FIVE, "someone.else");
        assertThat(steps.changes(birth)).as("saving the steps in force records nothing").hasSize(1);

        StepChange first = steps.changes(birth).getFirst();
        assertThat(first.action()).isEqualTo("REPLACED");
        assertThat(first.procedureId()).isEqualTo(birth);
        assertThat(first.changedBy()).isEqualTo("quantri");
        assertThat(first.changedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(first.before()).isEqualTo(ProcessingSteps.DEFAULT);
        assertThat(first.after()).isEqualTo(FIVE);

        steps.reset(birth, "admin.hanoi");
        assertThat(steps.isDefault(birth)).isTrue();
        assertThat(steps.of(birth)).isEqualTo(ProcessingSteps.DEFAULT);
        assertThat(steps.configuredProcedures()).doesNotContain(birth);
        List<StepChange> changes = steps.changes(birth);
        assertThat(changes).extracting(StepChange::action).containsExactly("RESET", "REPLACED");
        assertThat(changes.getFirst().changedBy()).isEqualTo("admin.hanoi");
        assertThat(changes.getFirst().before()).isEqualTo(FIVE);
        assertThat(changes.getFirst().after()).isEqualTo(ProcessingSteps.DEFAULT);

        steps.reset(birth, "admin.hanoi");
        assertThat(steps.changes(birth)).as("resetting the default records nothing").hasSize(2);
        assertThat(steps.changes(residence)).isEmpty();
    }

    @Test
    void aProcedureMustExist() {
        long unknown = 987_654_321L;
        assertThatThrownBy(() -> steps.replace(unknown, FIVE, "quantri")).isInstanceOf(UnknownProcedure.class);
        assertThatThrownBy(() -> steps.reset(unknown, "quantri")).isInstanceOf(UnknownProcedure.class);
        assertThatThrownBy(() -> steps.of(unknown)).isInstanceOf(UnknownProcedure.class);
        assertThatThrownBy(() -> steps.isDefault(unknown)).isInstanceOf(UnknownProcedure.class);
        assertThat(steps.changes(unknown)).isEmpty();
    }

    /** Replacing with {@code bad} fails with exactly these rule codes and saves nothing. */
    private List<Violation> refused(List<ProcessingStep> bad, String... codes) {
        InvalidSteps e = catchThrowableOfType(InvalidSteps.class, () -> steps.replace(birth, bad, "quantri"));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(codes);
        assertThat(e.getMessage()).isNotBlank();
        assertThat(steps.isDefault(birth)).as("nothing saved").isTrue();
        assertThat(steps.changes(birth)).as("nothing audited").isEmpty();
        return e.violations();
    }

    @Test
    void atLeastTwoSteps() {
        Violation v = refused(List.of(step(1, "Tiếp nhận và trả kết quả", Role.RECEIVER, 100)), "tooFew").getFirst();
        assertThat(v.row()).isNull();
        assertThat(v.message()).isEqualTo("Quy trình phải có ít nhất 2 bước (hiện có 1).");
        refused(List.of(), "tooFew");
        refused(null, "tooFew");
    }

    @Test
    void atMostTwentySteps() {
        List<ProcessingStep> many = new ArrayList<>();
        many.add(step(1, "Tiếp nhận", Role.RECEIVER, 0));
        for (int i = 2; i <= 20; i++) {
            many.add(step(i, "Xử lý " + i, Role.SPECIALIST, 5));
        }
        many.add(step(21, "Trả kết quả", Role.RECEIVER, 5));
        refused(many, "tooMany");
        steps.replace(birth, many.subList(1, 21).stream()
                .map(s -> s.position() == 2 ? step(2, "Tiếp nhận", Role.RECEIVER, 5) : s).toList(), "quantri");
        assertThat(steps.of(birth)).hasSize(20);
    }

    @Test
    void theFirstStepIsDoneByTheReceiver() {
        Violation v = refused(List.of(step(1, "Xử lý", Role.SPECIALIST, 90), step(2, "Trả kết quả", Role.RECEIVER, 10)),
                "firstNotReceiver").getFirst();
        assertThat(v.row()).isZero();
        assertThat(v.field()).isEqualTo("role");
        assertThat(v.message()).contains("Bước đầu tiên").contains("RECEIVER");
    }

    @Test
    void theLastStepReturnsTheResultAndIsDoneByTheReceiver() {
        Violation v = refused(List.of(step(1, "Tiếp nhận", Role.RECEIVER, 10), step(2, "Ký", Role.LEADER, 90)),
                "lastNotReceiver").getFirst();
        assertThat(v.row()).isEqualTo(1);
        assertThat(v.field()).isEqualTo("role");
        assertThat(v.message()).contains("Bước cuối cùng (trả kết quả)");
    }

    @Test
    void onlyOfficerProcessingRolesAreResponsible() {
        List<Violation> problems = refused(List.of(step(1, "Tiếp nhận", Role.RECEIVER, 10),
                step(2, "Xử lý", Role.ADMIN, 40), step(3, "Xử lý tiếp", null, 40),
                step(4, "Trả kết quả", Role.RECEIVER, 10)), "roleInvalid", "roleInvalid");
        assertThat(problems).extracting(Violation::row).containsExactly(1, 2);
    }

    @Test
    void namesAreNotBlankAndAtMost200Characters() {
        List<Violation> problems = refused(List.of(step(1, "   ", Role.RECEIVER, 10), step(2, null, Role.SPECIALIST, 80),
                step(3, "đ".repeat(201), Role.RECEIVER, 10)), "nameBlank", "nameBlank", "nameTooLong");
        assertThat(problems).extracting(Violation::row).containsExactly(0, 1, 2);
        assertThat(problems).allSatisfy(v -> assertThat(v.field()).isEqualTo("name"));
        assertThat(problems.getLast().message()).isEqualTo("Bước 3: tên bước dài tối đa 200 ký tự (hiện có 201).");

        String longest = "đ".repeat(200);
        steps.replace(birth, List.of(step(1, longest, Role.RECEIVER, 50), step(2, "Trả", Role.RECEIVER, 50)), "quantri");
        assertThat(steps.of(birth).getFirst().name()).isEqualTo(longest);
    }

    @Test
    void sharesAreFrom0To100() {
        List<Violation> problems = refused(List.of(step(1, "Tiếp nhận", Role.RECEIVER, -1),
                step(2, "Xử lý", Role.SPECIALIST, 101), step(3, "Trả kết quả", Role.RECEIVER, 0)),
                "shareRange", "shareRange");
        assertThat(problems).extracting(Violation::row).containsExactly(0, 1);
        assertThat(problems).allSatisfy(v -> assertThat(v.field()).isEqualTo("share"));
    }

    @Test
    void sharesAddUpToExactly100() {
        Violation under = refused(List.of(step(1, "Tiếp nhận", Role.RECEIVER, 10), step(2, "Xử lý", Role.SPECIALIST, 70),
                step(3, "Trả kết quả", Role.RECEIVER, 10)), "sumNot100").getFirst();
        assertThat(under.message()).isEqualTo("Tổng tỷ lệ thời gian của các bước phải đúng 100% (hiện là 90%).");
        assertThat(under.arguments()).containsExactly(90);
        refused(List.of(step(1, "Tiếp nhận", Role.RECEIVER, 50), step(2, "Trả kết quả", Role.RECEIVER, 51)), "sumNot100");

        steps.replace(birth, List.of(step(1, "Tiếp nhận", Role.RECEIVER, 0), step(2, "Xử lý", Role.SPECIALIST, 100),
                step(3, "Trả kết quả", Role.RECEIVER, 0)), "quantri");
        assertThat(steps.of(birth)).extracting(ProcessingStep::sharePercent).containsExactly(0, 100, 0);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Violation> problems = refused(List.of(step(1, "", Role.LEADER, 10), step(2, "Xử lý", Role.SPECIALIST, 200),
                step(3, "Ký", Role.LEADER, 10)), "nameBlank", "firstNotReceiver", "shareRange", "lastNotReceiver");
        assertThat(problems).hasSize(4);
    }
}
