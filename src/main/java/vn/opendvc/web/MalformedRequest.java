package vn.opendvc.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request whose parameters cannot be decoded (invalid UTF-8 or percent-encoding in the query string or a form
 * body): a 400 problem, raised once before any controller or interceptor reads a parameter. An endpoint that must
 * answer in a protocol of its own (VNPay's IPN) catches it by name.
 */
public class MalformedRequest extends Problem {

    public MalformedRequest() {
        super(HttpStatus.BAD_REQUEST, "malformed-request", Message.of("problem.malformed-request.title"),
                Message.of("problem.malformed-request.detail"), Map.of());
    }
}
