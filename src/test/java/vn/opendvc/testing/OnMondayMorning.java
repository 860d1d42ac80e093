package vn.opendvc.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test of the class starts with the application's {@link MovableClock} standing still at
 * {@link DossierFixture#MONDAY_MORNING}, a working Monday with no holiday around it, so that deadlines and letters
 * come out the same whatever day the suite runs; after the test the clock tells the system time again, for the
 * test classes that share the application context and do not set it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnMondayMorning.Extension.class)
public @interface OnMondayMorning {

    final class Extension implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            clock(context).set(DossierFixture.MONDAY_MORNING);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            clock(context).followSystemTime();
        }

        private static MovableClock clock(ExtensionContext context) {
            return SpringExtension.getApplicationContext(context).getBean(MovableClock.class);
        }
    }
}
