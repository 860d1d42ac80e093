package vn.opendvc.notification.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.Inbox;
import vn.opendvc.web.PublicUrl;

/**
 * The signed-in account's in-portal messages, newest first: read one, read all, or open the page a message is about.
 * Opening follows only a link into this portal, and then only its path: a message's link never sends anyone
 * elsewhere.
 */
@Controller
@RequestMapping(InboxPages.PATH)
class InboxPages {

    static final String PATH = "/me/notifications";
    static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final PublicUrl publicUrl;

    InboxPages(Inbox inbox, PublicUrl publicUrl) {
        this.inbox = inbox;
        this.publicUrl = publicUrl;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        Inbox.Page p = inbox.page(user.accountId(), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("inbox", p);
        model.addAttribute("pages", Math.max(1, (p.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "notification/inbox";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user) {
        own(user, id);
        return back(page);
    }

    @PostMapping("/read")
    String readAll(@RequestParam(defaultValue = "0") int page, CurrentUser user) {
        inbox.markAllRead(user.accountId());
        return back(page);
    }

    /** Marks the message read and goes to what it is about, or back to the inbox when that is not in the portal. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id, CurrentUser user) {
        Inbox.Item item = inbox.read(user.accountId(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ownPath(item.link(), publicUrl.base()).map(path -> "redirect:" + path).orElse("redirect:" + PATH);
    }

    private void own(CurrentUser user, long id) {
        if (!inbox.markRead(user.accountId(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String back(int page) {
        return page > 0 ? "redirect:" + PATH + "?page=" + page : "redirect:" + PATH;
    }

    /**
     * The path (with query and fragment) of a link that starts with the portal's own address, to redirect to within
     * the portal; empty for any other link, and for one whose rest could be read as another host ({@code //host},
     * a backslash) or as a template of the redirect.
     */
    static Optional<String> ownPath(String link, String base) {
        if (link == null || !link.startsWith(base + "/")) {
            return Optional.empty();
        }
        String path = link.substring(base.length());
        if (path.startsWith("//") || path.chars().anyMatch(c -> c == '\\' || c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
