package vn.opendvc.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import vn.opendvc.identity.Role;
import vn.opendvc.workflow.InvalidSteps.Violation;
import vn.opendvc.workflow.ProcessingStep;
import vn.opendvc.workflow.ProcessingSteps;

/** The rules of {@link ProcessingSteps} for a list of steps, every broken one reported with a Vietnamese message. */
final class StepRules {

    private StepRules() {
    }

    static List<Violation> check(List<ProcessingStep> steps) {
        List<Violation> problems = new ArrayList<>();
        List<ProcessingStep> list = steps == null ? List.of() : steps;
        int n = list.size();
        if (n < ProcessingSteps.MIN_STEPS) {
            problems.add(new Violation(null, null, "tooFew", List.of(ProcessingSteps.MIN_STEPS, n),
                    "Quy trình phải có ít nhất " + ProcessingSteps.MIN_STEPS + " bước (hiện có " + n + ")."));
        }
        if (n > ProcessingSteps.MAX_STEPS) {
            problems.add(new Violation(null, null, "tooMany", List.of(ProcessingSteps.MAX_STEPS, n),
                    "Quy trình có nhiều nhất " + ProcessingSteps.MAX_STEPS + " bước (hiện có " + n + ")."));
        }
        int sum = 0;
        boolean sharesKnown = true;
        for (int i = 0; i < n; i++) {
            ProcessingStep step = list.get(i);
            int number = i + 1;
            if (step == null) {
                problems.add(new Violation(i, null, "stepMissing", List.of(number),
                        "Bước " + number + ": thiếu nội dung bước."));
                sharesKnown = false;
                continue;
            }
            String name = step.name() == null ? "" : step.name().strip();
            if (name.isEmpty()) {
                problems.add(new Violation(i, "name", "nameBlank", List.of(number),
                        "Bước " + number + ": tên bước không được để trống."));
            } else if (name.length() > ProcessingSteps.MAX_NAME_LENGTH) {
                problems.add(new Violation(i, "name", "nameTooLong",
                        List.of(number, ProcessingSteps.MAX_NAME_LENGTH, name.length()),
                        "Bước " + number + ": tên bước dài tối đa " + ProcessingSteps.MAX_NAME_LENGTH
                                + " ký tự (hiện có " + name.length() + ")."));
            }
            if (step.role() == null || !ProcessingSteps.ROLES.contains(step.role())) {
                problems.add(new Violation(i, "role", "roleInvalid", List.of(number),
                        "Bước " + number + ": vai trò phải là bộ phận tiếp nhận (RECEIVER), chuyên viên (SPECIALIST)"
                                + " hoặc lãnh đạo (LEADER)."));
            } else if (i == 0 && step.role() != Role.RECEIVER) {
                problems.add(new Violation(i, "role", "firstNotReceiver", List.of(number),
                        "Bước đầu tiên (tiếp nhận hồ sơ) phải do bộ phận tiếp nhận (RECEIVER) thực hiện."));
            } else if (i == n - 1 && n > 1 && step.role() != Role.RECEIVER) {
                problems.add(new Violation(i, "role", "lastNotReceiver", List.of(number),
                        "Bước cuối cùng (trả kết quả) phải do bộ phận tiếp nhận (RECEIVER) thực hiện."));
            }
            if (step.sharePercent() < 0 || step.sharePercent() > 100) {
                problems.add(new Violation(i, "share", "shareRange", List.of(number),
                        "Bước " + number + ": tỷ lệ thời gian phải từ 0 đến 100%."));
                sharesKnown = false;
            } else {
                sum += step.sharePercent();
            }
        }
        if (n > 0 && sharesKnown && sum != 100) {
            problems.add(new Violation(null, "share", "sumNot100", List.of(sum),
                    "Tổng tỷ lệ thời gian của các bước phải đúng 100% (hiện là " + sum + "%)."));
        }
        return List.copyOf(problems);
    }

    /** The steps as they are stored: names stripped, positions 1..n in list order. */
    static List<ProcessingStep> normalized(List<ProcessingStep> steps) {
        List<ProcessingStep> result = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            ProcessingStep s = steps.get(i);
            result.add(new ProcessingStep(i + 1, s.name().strip(), s.role(), s.sharePercent()));
        }
        return List.copyOf(result);
    }
}
