package vn.opendvc.connected.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.connected.internal.Journeys;
import vn.opendvc.connected.internal.Supplements;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.web.Message;
import vn.opendvc.web.Translations;

/** The journey of a connected procedure's dossier, and the one answer to its members' supplement requests. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "Hồ sơ liên thông / Connected procedures")
class JourneyApi {

    private final Journeys journeys;
    private final Supplements supplements;
    private final Translations translations;

    JourneyApi(Journeys journeys, Supplements supplements, Translations translations) {
        this.journeys = journeys;
        this.supplements = supplements;
        this.translations = translations;
    }

    @GetMapping("/journey")
    @Operation(summary = "Hành trình hồ sơ liên thông / the journey of a connected procedure's dossier",
            description = "Các thủ tục thành phần, cơ quan, trạng thái, ngày hẹn và việc chuyển kết quả giữa các cơ "
                    + "quan. Members, their agencies, states, dates and hand-offs; 404 for any other dossier.")
    JourneyJson journey(@PathVariable long id, CurrentUser user) {
        return JourneyJson.of(journeys.of(user, id).orElseThrow(() -> DossierProblem.notFound(id)), translations);
    }

    @PostMapping(path = "/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bổ sung hồ sơ liên thông một lần / answer the members' supplement requests once",
            description = "`document` và `file` theo cặp, cùng thứ tự. Pairs of `document` and `file`, in order; "
                    + "every member waiting for a supplement gets the files it asks for and is resubmitted.")
    JourneyJson supplement(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
            @RequestPart(required = false) List<MultipartFile> file, CurrentUser user) throws IOException {
        // read as sent: a document name may hold a comma, which a List<String> parameter would split on
        List<String> documents = parameters.getOrDefault("document", List.of());
        String note = parameters.getFirst("note");
        List<MultipartFile> files = file == null ? List.of() : file;
        if (documents.size() != files.size()) {
            throw DossierProblem.invalid(Message.of("connected.invalid.supplement-pairs"),
                    java.util.Map.of("file", Message.of("connected.invalid.supplement-pairs")));
        }
        List<Supplements.SupplementFile> answer = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            answer.add(new Supplements.SupplementFile(documents.get(i),
                    new Dossiers.Upload(files.get(i).getOriginalFilename(), files.get(i).getBytes())));
        }
        supplements.answer(user, id, answer, note);
        return journey(id, user);
    }
}
