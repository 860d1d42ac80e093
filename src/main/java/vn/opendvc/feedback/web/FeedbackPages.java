package vn.opendvc.feedback.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.feedback.FeedbackAction;
import vn.opendvc.feedback.FeedbackKind;
import vn.opendvc.feedback.internal.ActionInput;
import vn.opendvc.feedback.internal.Actor;
import vn.opendvc.feedback.internal.FeedbackDeadlines;
import vn.opendvc.feedback.internal.FeedbackHandling;
import vn.opendvc.feedback.internal.FeedbackRecord;
import vn.opendvc.feedback.internal.FeedbackStore;
import vn.opendvc.feedback.internal.FeedbackSubmission;
import vn.opendvc.feedback.internal.FeedbackViews;
import vn.opendvc.feedback.internal.PublicAnswers;
import vn.opendvc.files.FileStore;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.web.Problem;

/**
 * The feedback pages: sending one (signed in, or anonymously with an e-mail or phone and then a tracking code and
 * token), following it (the author's list, or the tracking form), the handling agency's list and handling page, and
 * the public questions and answers. The author's and the officers' pages take the same actions as the API.
 */
@Controller
class FeedbackPages {

    private final FeedbackSubmission submission;
    private final FeedbackHandling handling;
    private final FeedbackViews views;
    private final FeedbackDeadlines deadlines;
    private final PublicAnswers answers;
    private final AgencyDirectory agencies;
    private final Accounts accounts;
    private final FileStore files;
    private final Clock clock;

    FeedbackPages(FeedbackSubmission submission, FeedbackHandling handling, FeedbackViews views,
            FeedbackDeadlines deadlines, PublicAnswers answers, AgencyDirectory agencies, Accounts accounts,
            FileStore files, Clock clock) {
        this.submission = submission;
        this.handling = handling;
        this.views = views;
        this.deadlines = deadlines;
        this.answers = answers;
        this.agencies = agencies;
        this.accounts = accounts;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/feedback/new")
    String form(@RequestParam(required = false) Long dossier, Optional<CurrentUser> user, Model model) {
        return form(model, user, dossier, Map.of(), Map.of());
    }

    @PostMapping("/feedback/new")
    String submit(@RequestParam Map<String, String> values,
            @RequestParam(name = "file", required = false) List<MultipartFile> attachments, Optional<CurrentUser> user,
            Model model) {
        FeedbackApi.SubmissionBody body = new FeedbackApi.SubmissionBody(values.get("kind"), values.get("title"),
                values.get("content"), values.get("agencyCode"), null, number(values.get("dossierId")),
                values.get("contactName"), values.get("contactEmail"), values.get("contactPhone"),
                decimal(values.get("latitude")), decimal(values.get("longitude")), values.get("address"));
        try {
            FeedbackSubmission.Receipt receipt = submission.submit(user, FeedbackApi.form(body),
                    FeedbackApi.uploads(attachments), "PORTAL", null);
            model.addAttribute("receipt", receipt);
            return "feedback/receipt";
        } catch (Problem problem) {
            model.addAttribute("error", problem.detailMessage());
            return form(model, user, number(values.get("dossierId")), values, problem.fieldErrors());
        }
    }

    private String form(Model model, Optional<CurrentUser> user, Long dossier, Map<String, String> values,
            Map<String, ?> errors) {
        model.addAttribute("kinds", Arrays.stream(FeedbackKind.values())
                .filter(k -> k != FeedbackKind.DOSSIER_HANDLING || dossier != null && user.isPresent()).toList());
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("dossierId", dossier);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("anonymous", user.filter(u -> !u.isOfficer()).isEmpty());
        return "feedback/form";
    }

    @GetMapping("/feedback/track")
    String trackForm(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        return "feedback/track";
    }

    /** The token goes in the body, never in an address a browser keeps. */
    @PostMapping("/feedback/track")
    String track(@RequestParam String code, @RequestParam String token, Model model) {
        try {
            return view(model, Actor.of(Optional.empty(), token), views.tracked(code, token), "track", token);
        } catch (Problem notFound) {
            model.addAttribute("code", code);
            model.addAttribute("error", notFound.detailMessage());
            return "feedback/track";
        }
    }

    @PostMapping("/feedback/track/{action}")
    String trackAct(@PathVariable String action, @RequestParam String code, @RequestParam String token,
            @RequestParam Map<String, String> values, Model model) {
        FeedbackRecord f = views.tracked(code, token);
        Actor actor = Actor.of(Optional.empty(), token);
        try {
            f = handling.act(actor, f.id(), action(action), input(values));
        } catch (Problem refused) {
            model.addAttribute("error", refused.detailMessage());
        }
        return view(model, actor, f, "track", token);
    }

    @GetMapping("/me/feedback")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("feedback", views.ofAuthor(user));
        model.addAttribute("mode", "me");
        return list(model);
    }

    @GetMapping("/me/feedback/{id}")
    String own(@PathVariable long id, CurrentUser user, Model model) {
        Actor actor = Actor.user(user);
        return view(model, actor, visible(actor, id), "me", null);
    }

    /** The agency's feedback, newest first; {@code deadline=DUE_SOON|OVERDUE} keeps those whose deadline is so. */
    @GetMapping("/officer/feedback")
    String agency(@RequestParam(required = false) String deadline, CurrentUser user, Model model) {
        if (!user.isOfficer()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        java.time.Instant now = clock.instant();
        List<FeedbackRecord> all = views.ofAgency(user);
        model.addAttribute("feedback", deadline == null || deadline.isBlank() ? all : all.stream()
                .filter(f -> deadlines.status(f, now).map(d -> d.state().name().equals(deadline)).orElse(false))
                .toList());
        model.addAttribute("deadline", deadline);
        model.addAttribute("mode", "officer");
        return list(model);
    }

    @GetMapping("/officer/feedback/{id}")
    String handle(@PathVariable long id, CurrentUser user, Model model) {
        Actor actor = Actor.user(user);
        FeedbackRecord f = visible(actor, id);
        model.addAttribute("officers", accounts.officers(f.agencyCode(), Role.SPECIALIST));
        model.addAttribute("leaders", accounts.officers(f.agencyCode(), Role.LEADER));
        model.addAttribute("others", views.ofAgency(user).stream()
                .filter(o -> o.id() != f.id() && o.status() != vn.opendvc.feedback.FeedbackStatus.MERGED).toList());
        return view(model, actor, f, "officer", null);
    }

    /** An action of the author (mode {@code me}) or an officer; back to its page, with the refusal if any. */
    @PostMapping({"/me/feedback/{id}/{action}", "/officer/feedback/{id}/{action}"})
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> values,
            CurrentUser user, RedirectAttributes redirect) {
        String base = user.isOfficer() ? "/officer/feedback/" : "/me/feedback/";
        try {
            handling.act(Actor.user(user), id, action(action), input(values));
        } catch (Problem refused) {
            if (refused.getStatusCode().value() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("error", refused.detailMessage());
            redirect.addFlashAttribute("fieldErrors", refused.fieldErrors());
        }
        return "redirect:" + base + id;
    }

    @GetMapping("/officer/feedback/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, CurrentUser user) {
        FeedbackRecord f = visible(Actor.user(user), id);
        FeedbackStore.FileRow row = views.files(f).stream().filter(r -> r.id() == fileId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(row.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tep-" + row.id() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(files.read(row.storageKey()));
    }

    @GetMapping("/feedback/answers")
    String answers(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("answers", answers.search(q, agency));
        return "feedback/answers";
    }

    private String list(Model model) {
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("now", clock.instant());
        return "feedback/list";
    }

    private String view(Model model, Actor actor, FeedbackRecord f, String mode, String token) {
        model.addAttribute("f", f);
        model.addAttribute("mode", mode);
        model.addAttribute("token", token);
        model.addAttribute("officer", actor.user().map(u -> u.worksAt(f.agencyCode())).orElse(false));
        model.addAttribute("agencyName", agencies.find(f.agencyCode()).map(a -> a.name()).orElse(f.agencyCode()));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("deadline", deadlines.status(f, clock.instant()).orElse(null));
        model.addAttribute("history", views.history(f));
        model.addAttribute("files", views.files(f));
        model.addAttribute("actions", handling.actionsFor(actor, f).stream().map(FeedbackAction::slug).toList());
        return "feedback/view";
    }

    private FeedbackRecord visible(Actor actor, long id) {
        try {
            return views.visible(actor, id);
        } catch (Problem notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static FeedbackAction action(String slug) {
        return FeedbackAction.ofSlug(slug).filter(a -> a != FeedbackAction.SUBMIT
                && a != FeedbackAction.ANSWER_WITH_TARGET)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ActionInput input(Map<String, String> v) {
        String satisfied = v.get("satisfied");
        return new ActionInput(v.get("agencyCode"), v.get("note"), number(v.get("officerId")), v.get("answer"),
                number(v.get("targetId")), satisfied == null ? null : Boolean.valueOf(satisfied));
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN; // refused by the location check, next to the field
        }
    }
}
