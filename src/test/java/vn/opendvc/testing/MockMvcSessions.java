package vn.opendvc.testing;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Lets MockMvc tests keep passing a {@link MockHttpSession} from request to request while the sessions themselves live
 * where they do in production, in the database (Spring Session JDBC): the mock session only carries the id of the
 * stored session, as a browser's cookie would. Requests from a real client (a server test, a browser) carry the
 * {@code SESSION} cookie as usual.
 */
public class MockMvcSessions implements HttpSessionIdResolver {

    private static final String ID = MockMvcSessions.class.getName() + ".id";

    private final HttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

    /** The id of the stored session a MockMvc request ended with. */
    public static String id(MvcResult result) {
        HttpSession session = result.getRequest().getSession(false);
        return session == null ? null : (String) session.getAttribute(ID);
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        MockHttpServletRequest mock = mock(request);
        HttpSession session = mock == null ? null : mock.getSession(false);
        if (session != null && session.getAttribute(ID) instanceof String id) {
            return List.of(id);
        }
        return cookies.resolveSessionIds(request);
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        MockHttpServletRequest mock = mock(request);
        if (mock != null) {
            mock.getSession(true).setAttribute(ID, sessionId);
        }
        cookies.setSessionId(request, response, sessionId);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        MockHttpServletRequest mock = mock(request);
        HttpSession session = mock == null ? null : mock.getSession(false);
        if (session != null) {
            session.removeAttribute(ID);
        }
        cookies.expireSession(request, response);
    }

    private static MockHttpServletRequest mock(HttpServletRequest request) {
        HttpServletRequest unwrapped = request;
        while (unwrapped instanceof HttpServletRequestWrapper wrapper) {
            unwrapped = (HttpServletRequest) wrapper.getRequest();
        }
        return unwrapped instanceof MockHttpServletRequest mock ? mock : null;
    }
}
