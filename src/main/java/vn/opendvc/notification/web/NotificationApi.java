package vn.opendvc.notification.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.Inbox;
import vn.opendvc.web.Message;
import vn.opendvc.web.Problems;

/** The signed-in account's in-portal messages. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Thông báo / Notifications")
class NotificationApi {

    private final Inbox inbox;

    NotificationApi(Inbox inbox) {
        this.inbox = inbox;
    }

    record ItemJson(long id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {

        static ItemJson of(Inbox.Item item) {
            return new ItemJson(item.id(), item.kind().name(), item.title(), item.body(), item.link(),
                    item.createdAt(), item.readAt());
        }
    }

    record PageJson(List<ItemJson> items, long unread, int page, int size, long total) {
    }

    @GetMapping
    @Operation(summary = "Thông báo của tôi, mới nhất trước / my notifications, newest first")
    PageJson mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            CurrentUser user) {
        if (page < 0 || size < 1 || size > Inbox.MAX_PAGE_SIZE) {
            throw Problems.badRequest(Message.of("notification.problem.page", Inbox.MAX_PAGE_SIZE));
        }
        Inbox.Page p = inbox.page(user.accountId(), page, size);
        return new PageJson(p.items().stream().map(ItemJson::of).toList(), p.unread(), p.number(), p.size(),
                p.total());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc / mark as read")
    ResponseEntity<Void> read(@PathVariable long id, CurrentUser user) {
        if (!inbox.markRead(user.accountId(), id)) {
            throw Problems.notFound(Message.of("notification.problem.notification"), id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    @Operation(summary = "Đánh dấu tất cả đã đọc / mark all as read")
    ResponseEntity<Void> readAll(CurrentUser user) {
        inbox.markAllRead(user.accountId());
        return ResponseEntity.noContent().build();
    }
}
