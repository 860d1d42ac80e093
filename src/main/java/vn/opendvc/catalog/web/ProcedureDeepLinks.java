package vn.opendvc.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.catalog.ProcedureCatalog;

/**
 * {@code /procedures/{code}}: a procedure by its national code (e.g. {@code 1.001193}), the identifier partner apps
 * and the national portal share, opens the portal's page of that procedure. A national code always holds a dot and
 * a database id never does, so the two addresses under {@code /procedures/} cannot be taken for each other.
 */
@Controller
class ProcedureDeepLinks {

    private final ProcedureCatalog catalog;

    ProcedureDeepLinks(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/procedures/{code:\\d+\\.[0-9A-Za-z.\\-]+}")
    String open(@PathVariable String code) {
        return catalog.findByCode(code).map(procedure -> "redirect:/procedures/" + procedure.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
