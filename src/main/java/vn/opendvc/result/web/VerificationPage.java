package vn.opendvc.result.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.files.Sha256;
import vn.opendvc.result.IssuedResult;
import vn.opendvc.result.Results;
import vn.opendvc.result.internal.HolderMask;

/**
 * The public verification page of a result, reached from the QR code: what was issued, to whom (masked), by whom and
 * when, and whether a file the visitor has is byte-identical to the issued one. It never hands out the file itself:
 * only someone who already holds a copy can check it.
 */
@Controller
@RequestMapping("/verify/{id}")
class VerificationPage {

    private final Results results;

    VerificationPage(Results results) {
        this.results = results;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        model.addAttribute("result", found(id, model));
        return "result/verify";
    }

    @PostMapping
    String check(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        IssuedResult result = found(id, model);
        model.addAttribute("result", result);
        if (file == null || file.isEmpty()) {
            model.addAttribute("checkProblem", "result.verify.noFile");
            return "result/verify";
        }
        String sha256 = Sha256.hex(file.getInputStream());
        model.addAttribute("checked", true);
        model.addAttribute("uploadedSha256", sha256);
        model.addAttribute("matches", sha256.equals(result.sha256()));
        return "result/verify";
    }

    private IssuedResult found(String id, Model model) {
        IssuedResult result = results.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("maskedHolder", HolderMask.name(result.holderName()));
        model.addAttribute("maskedIdNumber", HolderMask.idNumber(result.holderIdNumber()));
        return result;
    }

}
