package vn.opendvc.feedback.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import vn.opendvc.testing.BrowserTest;
import vn.opendvc.testing.Chromium;
import vn.opendvc.testing.UnsafeFiles;

/**
 * Feedback end to end in a real browser at phone width (360 px): an anonymous citizen sends feedback with a photo and
 * keeps the code and token; the agency accepts it, its leader takes it, answers and approves; the citizen reads the
 * answer with the token and publishes it; the public questions-and-answers page finds it without accents and shows
 * neither the citizen's name nor their contact.
 */
@BrowserTest
class FeedbackBrowserTest {

    static final String NAME = "Trần Văn Bình";
    static final String EMAIL = "binh.tran@example.vn";

    @Test
    void anonymousFeedbackWithAPhotoIsAnsweredPublishedAndShownWithoutPersonalData(Chromium chromium) {
        Page citizen = chromium.page(360, 740);
        citizen.navigate(chromium.url("/feedback/new"));
        citizen.getByTestId("feedback-kind").selectOption("suggestion");
        citizen.getByTestId("feedback-agency").selectOption("DNG-HAICHAU");
        citizen.getByTestId("feedback-title").fill("Ổ gà trước bộ phận một cửa phường Hải Châu");
        citizen.getByTestId("feedback-content").fill("Trước cửa bộ phận một cửa có ổ gà lớn, người cao tuổi dễ ngã.");
        citizen.locator("#contactName").fill(NAME);
        citizen.getByTestId("feedback-email").fill(EMAIL);
        citizen.locator("#address").fill("Bạch Đằng, Hải Châu, Đà Nẵng");
        citizen.getByTestId("feedback-file").setInputFiles(new FilePayload("o-ga.png", "image/png",
                UnsafeFiles.image("png")));
        assertThat(fitsTheScreen(citizen)).as("no horizontal scrolling at 360 px").isTrue();
        citizen.getByTestId("feedback-send").click();

        assertThat(citizen.getByTestId("feedback-receipt")).isVisible();
        String code = citizen.getByTestId("feedback-code").textContent().strip();
        String token = citizen.getByTestId("feedback-token").textContent().strip();
        assertThat(code).matches("PA-\\d{6}-\\d{6}");

        BrowserContext desk = chromium.window(360, 740);
        Page receiver = chromium.signIn(desk, "motcua1");
        receiver.navigate(chromium.url("/officer/feedback"));
        receiver.getByTestId("feedback-" + code).click();
        assertThat(receiver.locator("a[href*='/files/']")).hasCount(1);
        receiver.getByTestId("do-accept").click();
        assertThat(receiver.getByTestId("feedback-status")).hasText("Đã thụ lý");

        BrowserContext office = chromium.window(360, 740);
        Page leader = chromium.signIn(office, "lanhdao1");
        leader.navigate(receiver.url());
        leader.getByTestId("assign-officer").selectOption(new SelectOption().setLabel("Võ Văn Hùng"));
        leader.getByTestId("do-assign").click();
        assertThat(leader.getByTestId("feedback-status")).hasText("Đang xử lý");
        leader.getByTestId("draft-answer").fill("Phường đã vá ổ gà ngày hôm nay. Cảm ơn bạn đã phản ánh.");
        leader.getByTestId("do-draft").click();
        assertThat(leader.getByTestId("feedback-draft")).containsText("vá ổ gà");
        leader.getByTestId("do-approve").click();
        assertThat(leader.getByTestId("feedback-status")).hasText("Đã trả lời");

        Page author = chromium.page(360, 740);
        author.navigate(chromium.url("/feedback/track?code=" + code));
        author.getByTestId("track-token").fill(token);
        author.getByTestId("track-open").click();
        assertThat(author.getByTestId("feedback-answer")).containsText("Phường đã vá ổ gà");
        author.getByTestId("do-publish").click();
        assertThat(author.getByTestId("feedback-published")).isVisible();
        assertThat(fitsTheScreen(author)).isTrue();

        Page visitor = chromium.page(360, 740);
        visitor.navigate(chromium.url("/feedback/answers"));
        visitor.getByTestId("answers-q").fill("o ga truoc bo phan mot cua");
        visitor.getByTestId("answers-go").click();
        assertThat(visitor.getByTestId("answer-" + code)).containsText("Phường đã vá ổ gà");
        assertThat(visitor.getByTestId("answer-" + code)).containsText("ngày làm việc");
        String html = visitor.content();
        assertThat(html).doesNotContain(NAME).doesNotContain(EMAIL).doesNotContain(token);
        assertThat(fitsTheScreen(visitor)).isTrue();
        chromium.screenshot(visitor, "feedback-answers-360");
    }

    private static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
