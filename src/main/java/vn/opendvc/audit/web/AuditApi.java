package vn.opendvc.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.audit.AuditVerification;
import vn.opendvc.audit.internal.ChainVerifier;

/** The audit verifier over HTTP, for ADMIN: walks the whole chain and its checkpoints. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký kiểm toán / Audit log")
class AuditApi {

    private final ChainVerifier verifier;

    AuditApi(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Kiểm tra toàn vẹn nhật ký / Verify the audit chain",
            description = "intact=false names the first entry found changed, deleted, inserted or reordered")
    AuditVerification verify() {
        return verifier.verify();
    }
}
