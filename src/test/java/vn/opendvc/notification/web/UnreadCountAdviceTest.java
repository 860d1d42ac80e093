package vn.opendvc.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import vn.opendvc.identity.CurrentUser;
import vn.opendvc.notification.internal.Inbox;

/** The header's count is asked only for a page: an API call or a download costs no query. */
class UnreadCountAdviceTest {

    @Test
    void onlyAHandlerThatRendersAPageGetsTheCount() throws Exception {
        assertThat(UnreadCountAdvice.rendersPage(handler(InboxPages.class, "inbox", int.class, CurrentUser.class,
                Model.class))).isTrue();
        assertThat(UnreadCountAdvice.rendersPage(handler(NotificationApi.class, "readAll", CurrentUser.class)))
                .as("a @RestController").isFalse();
        assertThat(UnreadCountAdvice.rendersPage(handler(Download.class, "file"))).as("a file").isFalse();
        assertThat(UnreadCountAdvice.rendersPage(null)).as("a static resource").isFalse();
    }

    @Test
    void anApiCallAsksTheInboxNothing() throws Exception {
        Inbox inbox = mock(Inbox.class);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/notifications");
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                handler(NotificationApi.class, "readAll", CurrentUser.class));
        assertThat(new UnreadCountAdvice(inbox).unreadNotifications(request)).isNull();
        verifyNoInteractions(inbox);
    }

    /** A handler as the mapping finds it: the bean's name and type, not the bean. */
    private static HandlerMethod handler(Class<?> type, String name, Class<?>... parameters) throws Exception {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition(type.getName(), new RootBeanDefinition(type));
        return new HandlerMethod(type.getName(), beans, type.getDeclaredMethod(name, parameters));
    }

    @Controller
    static class Download {
        ResponseEntity<byte[]> file() {
            return ResponseEntity.ok(new byte[0]);
        }
    }
}
