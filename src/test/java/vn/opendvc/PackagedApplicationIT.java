package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.opendvc.testing.PackagedApplication.env;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.opendvc.testing.PackagedApplication;
import vn.opendvc.testing.PortalApi;

/**
 * The README's production command, {@code java -jar target/opendvc.jar} in an empty directory (embedded H2): no demo
 * account, one ADMIN whose password is printed once; and a database that served the demo does not start outside it.
 */
class PackagedApplicationIT {

    private static final Pattern PRINTED = Pattern.compile("created with the password\\s+(\\S+)");

    @Test
    void theJarAloneHasNoDemoAccountAndPrintsTheFirstAdminPasswordOnce(@TempDir Path dir) throws Exception {
        PackagedApplication.jar();
        String password;
        try (PackagedApplication app = PackagedApplication.start(dir, "first-start.log", env())) {
            Matcher printed = PRINTED.matcher(app.log());
            assertThat(printed.find()).as("the first ADMIN's password is printed:\n" + app.log()).isTrue();
            password = printed.group(1);
            PortalApi api = new PortalApi(app.base());
            assertThat(api.token("admin", password)).as("the printed password signs the ADMIN in").isNotNull();
            for (String demoAccount : new String[] {"congdan1", "quantri", "motcua1"}) {
                assertThat(api.tokenAnswer(demoAccount, "Demo@123").status()).as(demoAccount).isEqualTo(401);
            }
            assertThat(app.log()).doesNotContain("demo accounts created");
            app.stop();
        }
        try (PackagedApplication again = PackagedApplication.start(dir, "second-start.log", env())) {
            assertThat(again.log()).doesNotContain("created with the password");
            assertThat(new PortalApi(again.base()).token("admin", password)).isNotNull();
        }
    }

    @Test
    void aDatabaseThatServedTheDemoDoesNotStartOutsideIt(@TempDir Path dir) throws Exception {
        PackagedApplication.jar();
        try (PackagedApplication demo = PackagedApplication.start(dir, "demo.log", env("OPENDVC_DEMO", "true"))) {
            assertThat(new PortalApi(demo.base()).token("congdan1", "Demo@123")).isNotNull();
            assertThat(demo.log()).doesNotContain("created with the password");
            demo.stop();
        }
        try (PackagedApplication live = PackagedApplication.launch(dir, "live.log", env())) {
            assertThat(live.awaitExit(Duration.ofMinutes(3))).as(live.log()).isNotIn(-1, 0);
            assertThat(live.log()).contains("demo accounts that accept the published password");
        }
    }
}
