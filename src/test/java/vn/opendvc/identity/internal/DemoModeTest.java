package vn.opendvc.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo data: on with the embedded H2 database unless switched off, off elsewhere unless switched on. */
class DemoModeTest {

    private static final String H2 = "jdbc:h2:file:./data/opendvc;MODE=PostgreSQL";
    private static final String PG = "jdbc:postgresql://db:5432/opendvc";

    @Test
    void defaultsToOnWithH2AndOffWithPostgresql() {
        assertThat(new DemoMode("", H2).isOn()).isTrue();
        assertThat(new DemoMode(null, H2).isOn()).isTrue();
        assertThat(new DemoMode("", PG).isOn()).isFalse();
        assertThat(new DemoMode(null, PG).isOn()).isFalse();
    }

    @Test
    void explicitFlagWins() {
        assertThat(new DemoMode("false", H2).isOn()).isFalse();
        assertThat(new DemoMode("FALSE", H2).isOn()).isFalse();
        assertThat(new DemoMode("true", PG).isOn()).isTrue();
    }
}
