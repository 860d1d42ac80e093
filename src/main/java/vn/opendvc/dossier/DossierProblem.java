package vn.opendvc.dossier;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import vn.opendvc.web.Problems;

/**
 * Why a dossier command was refused, as RFC 9457 problem details; pages show {@link #fieldErrors()} next to the
 * fields. Nothing was written when one is thrown.
 */
public class DossierProblem extends ErrorResponseException {

    private final Map<String, String> fieldErrors;

    private DossierProblem(HttpStatus status, String slug, String title, String detail, Map<String, String> fieldErrors) {
        super(status, Problems.of(status, slug, title, detail), null);
        this.fieldErrors = Map.copyOf(fieldErrors);
        if (!fieldErrors.isEmpty()) {
            getBody().setProperty("errors", fieldErrors);
        }
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public String detail() {
        return getBody().getDetail();
    }

    public static DossierProblem invalid(String detail, Map<String, String> fieldErrors) {
        return new DossierProblem(HttpStatus.BAD_REQUEST, "invalid-dossier", "Hồ sơ chưa hợp lệ", detail, fieldErrors);
    }

    public static DossierProblem invalid(String detail) {
        return invalid(detail, Map.of());
    }

    public static DossierProblem rejectedFile(HttpStatus status, String detail) {
        return new DossierProblem(status, "rejected-file", "Tệp không được chấp nhận", detail, Map.of());
    }

    public static DossierProblem illegalTransition(String detail) {
        return new DossierProblem(HttpStatus.CONFLICT, "illegal-transition", "Không thể thực hiện thao tác", detail,
                Map.of());
    }

    public static DossierProblem concurrentChange() {
        return new DossierProblem(HttpStatus.CONFLICT, "concurrent-change", "Hồ sơ vừa được người khác cập nhật",
                "Hồ sơ đã thay đổi trong lúc bạn thao tác; hãy tải lại và thử lại / the dossier changed meanwhile, reload and retry",
                Map.of());
    }

    public static DossierProblem forbidden(String detail) {
        return new DossierProblem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền", detail, Map.of());
    }

    public static DossierProblem notFound(Object id) {
        return new DossierProblem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy",
                "Không tìm thấy hồ sơ '" + id + "' / dossier not found", Map.of());
    }
}
