package vn.opendvc.workflow.web;

/** One row of the step editor as typed: kept verbatim so that a refused form shows exactly what was entered. */
record StepRow(String name, String role, String share) {

    static StepRow blank() {
        return new StepRow("", "SPECIALIST", "0");
    }
}
