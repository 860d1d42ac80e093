package vn.opendvc.dossier.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Translations;

/**
 * {@code POST /api/v1/procedures/{id}/check}: what submission would refuse, asked with the form before submitting —
 * the same findings, from the same rules, as the form page and submission.
 */
@RestController
@Tag(name = "Hồ sơ / Dossiers")
class PreSubmissionCheckApi {

    private final Dossiers dossiers;
    private final Translations translations;

    PreSubmissionCheckApi(Dossiers dossiers, Translations translations) {
        this.dossiers = dossiers;
        this.translations = translations;
    }

    /**
     * @param documents the names of the documents attached (omit it to leave documents out of the check)
     * @param dossierId the draft being checked (not counted as another open dossier)
     */
    record CheckBody(Map<String, String> formData, List<String> documents, Long dossierId) {
    }

    record FindingJson(String field, String rule, String message) {
    }

    @PostMapping("/api/v1/procedures/{id}/check")
    @Operation(summary = "Kiểm tra hồ sơ trước khi nộp / check a dossier's form before submitting it",
            description = "Answers the list of {field, rule, message} submission would refuse on: the fields' own "
                    + "checks (rule 'form'), missing required documents ('documents', when documents are sent) and the "
                    + "procedure's rules (required-if, date-order, age, document-if, id-matches-birth, "
                    + "no-open-dossier); an empty list: nothing to fix.")
    List<FindingJson> check(@PathVariable long id, @RequestBody(required = false) CheckBody body, CurrentUser user,
            HttpServletRequest request) {
        CheckBody b = body == null ? new CheckBody(Map.of(), null, null) : body;
        return dossiers.check(user, id, b.formData(), b.documents(), b.dossierId()).stream()
                .map(f -> new FindingJson(f.field(), f.rule(), translations.text(f.message(), request))).toList();
    }
}
