package vn.opendvc.dossier;

import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.opendvc.web.Message;
import vn.opendvc.web.Problem;
import vn.opendvc.web.Problems;

/**
 * Why a dossier command was refused, as RFC 9457 problem details in the reader's language; pages show
 * {@link #fieldErrors()} next to the fields. Nothing was written when one is thrown.
 */
public class DossierProblem extends Problem {

    private DossierProblem(HttpStatus status, String slug, Message title, Message detail,
            Map<String, Message> fieldErrors) {
        super(status, slug, title, detail, fieldErrors);
    }

    public static DossierProblem invalid(Message detail, Map<String, Message> fieldErrors) {
        return new DossierProblem(HttpStatus.BAD_REQUEST, "invalid-dossier",
                Message.of("dossier.problem.invalid-dossier.title"), detail, fieldErrors);
    }

    public static DossierProblem invalid(Message detail) {
        return invalid(detail, Map.of());
    }

    public static DossierProblem rejectedFile(HttpStatus status, Message detail) {
        return new DossierProblem(status, "rejected-file", Message.of("dossier.problem.rejected-file.title"), detail,
                Map.of());
    }

    public static DossierProblem illegalTransition(Message detail) {
        return new DossierProblem(HttpStatus.CONFLICT, "illegal-transition",
                Message.of("dossier.problem.illegal-transition.title"), detail, Map.of());
    }

    public static DossierProblem concurrentChange() {
        return new DossierProblem(HttpStatus.CONFLICT, "concurrent-change",
                Message.of("dossier.problem.concurrent-change.title"),
                Message.of("dossier.problem.concurrent-change.detail"), Map.of());
    }

    /** The same {@code Idempotency-Key} was used before, by the same caller, for a different request. */
    public static DossierProblem idempotencyKeyReused(String key) {
        return new DossierProblem(HttpStatus.CONFLICT, "idempotency-key-reused",
                Message.of("dossier.problem.idempotency-key-reused.title"),
                Message.of("dossier.problem.idempotency-key-reused.detail", key), Map.of());
    }

    public static DossierProblem forbidden(Message detail) {
        return new DossierProblem(HttpStatus.FORBIDDEN, "forbidden", Problems.title("forbidden"), detail, Map.of());
    }

    public static DossierProblem notFound(Object id) {
        return new DossierProblem(HttpStatus.NOT_FOUND, "not-found", Problems.title("not-found"),
                Message.of("dossier.problem.not-found", id), Map.of());
    }
}
