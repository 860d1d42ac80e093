package vn.opendvc.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.opendvc.testing.ApplicationTest;

/** The daily sequence keeps 4 digits up to 9,999 and then widens: a busy day never stops submissions. */
@ApplicationTest
class DossierCodesTest {

    /** An agency code of this test only, so that no other test's dossiers share its sequence. */
    private static final String AGENCY = "TEST-SEQUENCE";

    @Autowired
    DossierCodes codes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTenThousandthDossierOfADayEndsWithTenThousand() {
        // 2026-03-02 09:00 in Vietnam
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        assertThat(codes.next(AGENCY, at)).isEqualTo(AGENCY + "-260302-0001");
        jdbc.sql("update dossier_code_sequence set last_value = 9998 where agency_code = :agency and on_day = :day")
                .param("agency", AGENCY).param("day", Date.valueOf(LocalDate.of(2026, 3, 2))).update();

        assertThat(codes.next(AGENCY, at)).isEqualTo(AGENCY + "-260302-9999");
        assertThat(codes.next(AGENCY, at)).isEqualTo(AGENCY + "-260302-10000");
        assertThat(codes.next(AGENCY, at)).isEqualTo(AGENCY + "-260302-10001");
        // the next day starts again at 4 digits
        assertThat(codes.next(AGENCY, at.plusSeconds(86_400))).isEqualTo(AGENCY + "-260303-0001");
    }
}
