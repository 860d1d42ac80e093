package vn.opendvc.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The demo only when asked for: never guessed from the database. */
class DemoModeTest {

    @Test
    void offUnlessAskedForOnAnyDatabase() {
        assertThat(DemoMode.on(new MockEnvironment())).isFalse();
        assertThat(DemoMode.on(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/opendvc;MODE=PostgreSQL"))).isFalse();
        assertThat(DemoMode.on(new MockEnvironment().withProperty(DemoMode.PROPERTY, "")
                .withProperty("spring.datasource.url", "jdbc:h2:mem:x"))).isFalse();
        assertThat(DemoMode.on(new MockEnvironment().withProperty(DemoMode.PROPERTY, "false"))).isFalse();
    }

    @Test
    void onWithTheFlagOrTheDemoProfile() {
        assertThat(DemoMode.on(new MockEnvironment().withProperty(DemoMode.PROPERTY, "true"))).isTrue();
        assertThat(DemoMode.on(new MockEnvironment().withProperty(DemoMode.PROPERTY, " TRUE "))).isTrue();
        assertThat(DemoMode.on(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/opendvc")
                .withProperty(DemoMode.PROPERTY, "true"))).isTrue();
        MockEnvironment profile = new MockEnvironment();
        profile.setActiveProfiles(DemoMode.PROFILE);
        assertThat(DemoMode.on(profile)).isTrue();
    }
}
