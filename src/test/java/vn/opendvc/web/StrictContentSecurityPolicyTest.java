package vn.opendvc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.opendvc.testing.DossierFixture.BIRTH;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.dossier.Dossier;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.Sessions;

/**
 * The Content-Security-Policy runs scripts and applies styles only from the portal's own files: every main page, as
 * each kind of user sees it, must then carry no inline script, no event-handler attribute, no {@code javascript:}
 * address and no inline style, or it would break in the browser.
 */
@ApplicationTest
class StrictContentSecurityPolicyTest {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    DossierFixture fixture;

    @Test
    void noMainPageCarriesInlineScriptOrStyle() throws Exception {
        long procedure = fixture.procedure(BIRTH).id();
        Dossier withdrawable = fixture.submitted();
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put(null, List.of("/", "/procedures", "/procedures?q=khai+sinh", "/procedures/" + procedure,
                "/lookup", "/indicators", "/calendar", "/login", "/register"));
        pagesByUser.put("congdan1", List.of("/", "/me", "/me/dossiers", "/me/dossiers/new?procedure=" + procedure,
                "/me/dossiers/" + withdrawable.id(), "/me/documents", "/me/data-access-log",
                "/me/notifications", "/me/notifications/preferences", "/me/password"));
        pagesByUser.put("motcua1", List.of("/officer", "/officer/dossiers/" + withdrawable.id(), "/officer/register?procedure=" + procedure));
        pagesByUser.put("buudien1", List.of("/agent", "/agent?q=khai+sinh", "/agent?procedure=" + procedure,
                "/agent/report"));
        pagesByUser.put("giamsat", List.of("/indicators", "/indicators/procedures", "/monitor/payment/reconciliation",
                "/monitor/notifications"));
        pagesByUser.put("quantri", List.of("/admin/catalog", "/admin/calendar", "/admin/workflow",
                "/admin/payment/discounts"));

        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> entry : pagesByUser.entrySet()) {
            MockHttpSession session = entry.getKey() == null ? new MockHttpSession()
                    : Sessions.signIn(mvc, entry.getKey());
            for (String path : entry.getValue()) {
                MvcResult result = mvc.perform(get(path).session(session)).andReturn();
                assertThat(result.getResponse().getStatus()).as("%s as %s", path, entry.getKey()).isEqualTo(200);
                assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
                        .contains("script-src 'self'");
                String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).as(path).contains("</html>");
                found.addAll(inlineCode(path + " as " + entry.getKey(), html));
                checked++;
            }
        }
        assertThat(found).as("inline script or style on %d pages", checked).isEmpty();

        // the withdraw form asks for confirmation through the page script, not an onsubmit attribute
        String dossierPage = mvc.perform(get("/me/dossiers/" + withdrawable.id())
                .session(Sessions.signIn(mvc, "congdan1"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(dossierPage).contains("data-testid=\"withdraw\"").contains("data-confirm=\"");
    }

    /** What the policy would refuse on one page, each with where it is. */
    private static List<String> inlineCode(String where, String page) {
        List<String> found = new ArrayList<>();
        String html = COMMENT.matcher(page).replaceAll("");
        Matcher scripts = SCRIPT.matcher(html);
        while (scripts.find()) {
            if (!scripts.group(1).toLowerCase().contains("src=") || !scripts.group(2).isBlank()) {
                found.add(where + ": inline <script>" + scripts.group(2).strip());
            }
        }
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            if (HANDLER.matcher(tag).find() || STYLE_ATTRIBUTE.matcher(tag).find() || SCRIPT_URL.matcher(tag).find()) {
                found.add(where + ": " + tag);
            }
        }
        if (STYLE_ELEMENT.matcher(html).find()) {
            found.add(where + ": <style> element");
        }
        return found;
    }
}
