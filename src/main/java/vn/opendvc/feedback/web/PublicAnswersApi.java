package vn.opendvc.feedback.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.feedback.internal.PublicAnswers;
import vn.opendvc.feedback.internal.PublicAnswers.PublicAnswer;

/** The published questions and answers, open to anyone; no personal data. */
@RestController
@Tag(name = "Phản ánh, kiến nghị / Feedback")
class PublicAnswersApi {

    static final String PATH = "/api/v1/feedback/published";

    private final PublicAnswers answers;

    PublicAnswersApi(PublicAnswers answers) {
        this.answers = answers;
    }

    @GetMapping(PATH)
    @Operation(summary = "Hỏi đáp đã công khai / published questions and answers (search without accents)")
    List<PublicAnswer> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agency) {
        return answers.search(q, agency);
    }
}
