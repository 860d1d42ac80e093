package vn.opendvc.catalog.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.catalog.CheckRule;
import vn.opendvc.catalog.ProcedureChecks;
import vn.opendvc.identity.CurrentUser;

/** The pre-submission rules of a procedure: anyone reads them; an ADMIN replaces them. */
@RestController
@RequestMapping("/api/v1/procedures/{id}/check-rules")
@Tag(name = "Thủ tục / Procedures")
class CheckRuleApi {

    private final ProcedureChecks checks;

    CheckRuleApi(ProcedureChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Quy tắc kiểm tra trước khi nộp của thủ tục / the procedure's pre-submission rules")
    List<CheckRule> rules(@PathVariable long id) {
        return checks.rules(id);
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Thay các quy tắc kiểm tra (ADMIN) / replace the rules (ADMIN)",
            description = "kinds: REQUIRED_IF (field, whenField, whenEquals?), DATE_ORDER (field, other; either may be "
                    + "'today': other ≤ field), AGE (field, min?, max?), DOCUMENT_IF (document, whenField, whenEquals?), "
                    + "ID_MATCHES_BIRTH (field, other, whenEquals 'Nam'/'Nữ' or whenField), NO_OPEN_DOSSIER")
    List<CheckRule> replace(@PathVariable long id, @RequestBody List<CheckRule> rules, CurrentUser admin) {
        return checks.replace(id, rules, admin.accountId());
    }
}
