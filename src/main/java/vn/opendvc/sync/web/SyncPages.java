package vn.opendvc.sync.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.Role;
import vn.opendvc.sync.internal.PushStatus;
import vn.opendvc.sync.internal.SourceSystems;
import vn.opendvc.sync.internal.SyncStatus;
import vn.opendvc.web.Problem;

/**
 * {@code /monitor/sync}: how each source system reports (last batch, records accepted and rejected, lag, late or not,
 * the latest error) and what this instance pushed to its hub; an administrator registers systems and rotates or
 * revokes their keys here. A key just issued is shown once, on the page the administrator is sent back to.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MONITOR')")
class SyncPages {

    static final String PATH = "/monitor/sync";

    private final SyncStatus status;
    private final PushStatus pushes;
    private final SourceSystems systems;

    SyncPages(SyncStatus status, PushStatus pushes, SourceSystems systems) {
        this.status = status;
        this.pushes = pushes;
        this.systems = systems;
    }

    @GetMapping(PATH)
    String page(CurrentUser user, Model model) {
        model.addAttribute("canManage", user.hasRole(Role.ADMIN));
        model.addAttribute("systems", status.systems());
        model.addAttribute("push", pushes.summary());
        return "sync/systems";
    }

    @PostMapping(PATH + "/systems")
    @PreAuthorize("hasRole('ADMIN')")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String agencies,
            RedirectAttributes redirect) {
        try {
            List<String> codes = Arrays.stream(agencies.split("[,\\s]+")).filter(code -> !code.isBlank()).toList();
            SourceSystems.Issued issued = systems.register(name, codes);
            redirect.addFlashAttribute("issued", issued);
            redirect.addFlashAttribute("issuedName", name.strip());
        } catch (Problem problem) {
            redirect.addFlashAttribute("problem", problem.detailMessage());
            redirect.addFlashAttribute("name", name);
            redirect.addFlashAttribute("agencies", agencies);
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/systems/{id}/keys")
    @PreAuthorize("hasRole('ADMIN')")
    String rotate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("issued", systems.rotate(id));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/systems/{id}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    String revoke(@PathVariable long id) {
        systems.revoke(id);
        return "redirect:" + PATH;
    }
}
