package vn.opendvc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application behind MockMvc, in one application context that every test class carrying this annotation
 * shares (the TestContext framework caches a context per distinct configuration, so a class that adds a property, a
 * bean or a mock of its own boots another one: do that only when the test is about that difference). The context
 * holds the {@link MovableClock}, the {@link DossierFixture} and {@link MockMvcSessions} (sessions in the database, as in
 * production, carried by MockMvc's session objects); the demo accounts, the database and the file
 * directory come from the Surefire configuration in {@code pom.xml}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "opendvc.public-url=" + ApplicationTest.PUBLIC_URL)
@AutoConfigureMockMvc
@Import({MovableClock.class, DossierFixture.class, MockMvcSessions.class})
@Tag("persistence")
public @interface ApplicationTest {

    /** The address the portal is reached at in the tests, printed in the results' QR codes. */
    String PUBLIC_URL = "https://dvc.example.vn/";
}
