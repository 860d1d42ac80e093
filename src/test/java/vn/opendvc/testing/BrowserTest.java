package vn.opendvc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test in a real browser: the application on a random port ({@link ServerTest}, the same context as the payment
 * tests) and a {@link Chromium} parameter for each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServerTest
@ExtendWith(Chromium.Extension.class)
public @interface BrowserTest {
}
