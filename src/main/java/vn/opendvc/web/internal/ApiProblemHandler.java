package vn.opendvc.web.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.opendvc.web.Problems;

/**
 * Turns every error of a REST controller into RFC 9457 problem details with a Vietnamese title and a stable type.
 * Bad input is a 4xx that says what was wrong; anything unexpected is a 500 without internals.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private static final Map<Integer, String[]> TITLES = Map.of(
            400, new String[] {"bad-request", "Yêu cầu không hợp lệ"},
            401, new String[] {"unauthorized", "Chưa đăng nhập"},
            403, new String[] {"forbidden", "Không có quyền"},
            404, new String[] {"not-found", "Không tìm thấy"},
            405, new String[] {"method-not-allowed", "Phương thức không được hỗ trợ"},
            406, new String[] {"not-acceptable", "Định dạng không được hỗ trợ"},
            409, new String[] {"conflict", "Xung đột dữ liệu"},
            413, new String[] {"payload-too-large", "Dữ liệu gửi lên quá lớn"},
            415, new String[] {"unsupported-media-type", "Kiểu dữ liệu không được hỗ trợ"});

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            localize(problem, status);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", "Tham số không hợp lệ",
                "Giá trị '" + ex.getValue() + "' của tham số '" + name + "' không hợp lệ / invalid value for '" + name + "'");
        problem.setProperty("parameter", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Dữ liệu không hợp lệ",
                "Một số trường không hợp lệ / some fields are invalid");
        problem.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", e.isBindingFailure()
                        ? "Giá trị '" + e.getRejectedValue() + "' không hợp lệ / invalid value"
                        : String.valueOf(e.getDefaultMessage())))
                .toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (ex instanceof ErrorResponse response) {
            ProblemDetail problem = response.getBody();
            localize(problem, response.getStatusCode());
            return ResponseEntity.status(response.getStatusCode()).body(problem);
        }
        log.error("Unexpected error in API call", ex);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Lỗi hệ thống", "Đã có lỗi xảy ra, vui lòng thử lại sau / internal error"));
    }

    /** Framework-made problems get the project's stable type and a Vietnamese title; our own keep theirs. */
    private static void localize(ProblemDetail problem, HttpStatusCode status) {
        String[] known = TITLES.get(status.value());
        if (known == null) {
            return;
        }
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.type(known[0]));
        }
        if (problem.getTitle() == null || problem.getTitle().equals(HttpStatus.valueOf(status.value()).getReasonPhrase())) {
            problem.setTitle(known[1]);
        }
    }
}
