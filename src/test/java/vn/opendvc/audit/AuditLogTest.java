package vn.opendvc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.Set;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.opendvc.identity.internal.AccountRegistry;
import vn.opendvc.identity.Role;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.AccountVerifiedInPerson;
import vn.opendvc.identity.PasswordChanged;
import vn.opendvc.identity.AccountLinkedToEid;
import vn.opendvc.catalog.CatalogImport;
import vn.opendvc.audit.AuditVerification.Problem;
import vn.opendvc.audit.internal.AuditChain;
import vn.opendvc.audit.internal.AuditEntry;
import vn.opendvc.audit.internal.ChainVerifier;
import vn.opendvc.calendar.AnnouncedDay;
import vn.opendvc.calendar.AnnouncedDays;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierAction;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;

/**
 * The audit log: entries written with the change they record (and not when it rolls back), the database refusing to
 * change them, one chain under concurrent appends, and the verifier naming the first entry an attacker with database
 * rights changed, deleted or reordered.
 */
@ApplicationTest
@OnMondayMorning
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DossierFixture fixture;
    @Autowired
    AuditChain chain;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    AnnouncedDays announcedDays;
    @Autowired
    CatalogImport catalogImport;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountRegistry registry;

    private Tampering tampering;

    @BeforeEach
    void setUp() {
        tampering = new Tampering(dataSource);
    }

    private long count(String kind, String subject) {
        return tampering.jdbc().queryForObject("select count(*) from audit_entry where kind = ? and subject = ?",
                Long.class, kind, subject);
    }

    private long last() {
        return tampering.jdbc().queryForObject("select max(seq) from audit_entry", Long.class);
    }

    /** Three entries of this test's own at the end of the chain; returns the number of the first. */
    private long threeEntries(String label) {
        for (int i = 1; i <= 3; i++) {
            chain.record("TEST", "tester", "test:" + label, "{\"n\":" + i + "}");
        }
        return last() - 2;
    }

    @Test
    void aDossierTransitionIsAuditedWithItsTransactionAndNotWhenItRollsBack() {
        Dossier submitted = fixture.submitted();
        String subject = "dossier:" + submitted.code();
        assertThat(count("DOSSIER_TRANSITION", subject)).isEqualTo(1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
            status.setRollbackOnly();
        });
        assertThat(count("DOSSIER_TRANSITION", subject)).as("rolled back: nothing appended").isEqualTo(1);

        fixture.act("motcua1", submitted.id(), DossierAction.RECEIVE);
        assertThat(count("DOSSIER_TRANSITION", subject)).isEqualTo(2);
        Map<String, Object> entry = tampering.jdbc().queryForMap(
                "select actor, content from audit_entry where subject = ? order by seq desc fetch first 1 rows only",
                subject);
        assertThat(entry.get("actor")).isNotNull();
        assertThat((String) entry.get("content")).contains("\"action\":\"RECEIVE\"").contains("\"to\":\"RECEIVED\"");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void failedAndSuccessfulLoginsAreAuditedWithoutThePassword() throws Exception {
        long failed = count("LOGIN_FAILED", "account:congdan2");
        mvc.perform(formLogin("/login").user("congdan2").password("Sai@12345"));
        assertThat(count("LOGIN_FAILED", "account:congdan2")).isEqualTo(failed + 1);
        String content = tampering.jdbc().queryForObject("select content from audit_entry where kind = 'LOGIN_FAILED'"
                + " and subject = 'account:congdan2' order by seq desc fetch first 1 rows only", String.class);
        assertThat(content).contains("BadCredentialsException").doesNotContain("Sai@12345");

        long logins = count("LOGIN", "account:congdan2");
        mvc.perform(formLogin("/login").user("congdan2").password("Demo@123"));
        assertThat(count("LOGIN", "account:congdan2")).isEqualTo(logins + 1);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEntries() {
        long seq = threeEntries("refused");
        assertThatThrownBy(() -> tampering.jdbc().update(
                "update audit_entry set content = '{}' where seq = ?", seq)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> tampering.jdbc().update("delete from audit_entry where seq = ?", seq))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> tampering.jdbc().update("delete from audit_checkpoint"))
                .isInstanceOf(DataAccessException.class);
        assertThat(tampering.jdbc().queryForObject("select content from audit_entry where seq = ?", String.class,
                seq)).isEqualTo("{\"n\":1}");
    }

    @Test
    void theVerifierNamesAnEditedEntry() {
        long seq = threeEntries("edited") + 1;
        assertThat(verifier.verify().intact()).isTrue();
        tampering.withoutTrigger(() -> tampering.jdbc().update(
                "update audit_entry set content = '{\"n\":20}' where seq = ?", seq));
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.fault()).isNotNull();
            assertThat(result.fault().seq()).isEqualTo(seq);
            assertThat(result.fault().problem()).isEqualTo(Problem.CHANGED);
        } finally {
            tampering.withoutTrigger(() -> tampering.jdbc().update(
                    "update audit_entry set content = '{\"n\":2}' where seq = ?", seq));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theVerifierNamesADeletedEntry() {
        long seq = threeEntries("deleted") + 1;
        Map<String, Object> row = tampering.jdbc().queryForMap("select * from audit_entry where seq = ?", seq);
        tampering.withoutTrigger(() -> tampering.jdbc().update("delete from audit_entry where seq = ?", seq));
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.fault()).isNotNull();
            assertThat(result.fault().seq()).isEqualTo(seq);
            assertThat(result.fault().problem()).isEqualTo(Problem.DELETED);
        } finally {
            tampering.jdbc().update("insert into audit_entry (seq, recorded_at, actor, kind, subject, content,"
                    + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)", row.get("seq"), row.get("recorded_at"),
                    row.get("actor"), row.get("kind"), row.get("subject"), row.get("content"),
                    row.get("previous_hash"), row.get("hash"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theVerifierNamesSwappedEntries() {
        long seq = threeEntries("swapped");
        tampering.withoutTrigger(() -> swap(seq, seq + 1));
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.fault()).isNotNull();
            assertThat(result.fault().seq()).isEqualTo(seq);
            assertThat(result.fault().problem()).isEqualTo(Problem.REORDERED);
        } finally {
            tampering.withoutTrigger(() -> swap(seq, seq + 1));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private void swap(long a, long b) {
        tampering.jdbc().update("update audit_entry set seq = -1 where seq = ?", a);
        tampering.jdbc().update("update audit_entry set seq = ? where seq = ?", a, b);
        tampering.jdbc().update("update audit_entry set seq = ? where seq = -1", b);
    }

    /**
     * An attacker who rewrites an entry and recomputes every later hash and the head leaves a chain that links up:
     * only the signed checkpoint shows it.
     */
    @Test
    void theVerifierNamesARewrittenChainByItsCheckpoint() {
        long first = threeEntries("rewritten");
        chain.checkpointIfDue();
        List<Map<String, Object>> original = tampering.jdbc().queryForList(
                "select * from audit_entry where seq >= ? order by seq", first);
        Map<String, Object> head = tampering.jdbc().queryForMap("select last_seq, last_hash from audit_chain_head");
        tampering.withoutTrigger(() -> rechain(original, "{\"n\":100}"));
        try {
            AuditVerification result = verifier.verify();
            assertThat(result.fault()).isNotNull();
            assertThat(result.fault().problem()).isEqualTo(Problem.CHECKPOINT);
            assertThat(result.fault().seq()).isLessThanOrEqualTo(first);
            assertThat(result.fault().detail()).contains("rewritten");
        } finally {
            tampering.withoutTrigger(() -> {
                for (Map<String, Object> row : original) {
                    tampering.jdbc().update("update audit_entry set content = ?, previous_hash = ?, hash = ?"
                            + " where seq = ?", row.get("content"), row.get("previous_hash"), row.get("hash"),
                            row.get("seq"));
                }
                tampering.jdbc().update("update audit_chain_head set last_seq = ?, last_hash = ?",
                        head.get("last_seq"), head.get("last_hash"));
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** Changes the first row's content and recomputes the hashes from there on, and the head, as an attacker would. */
    private void rechain(List<Map<String, Object>> rows, String content) {
        String previous = (String) rows.getFirst().get("previous_hash");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            AuditEntry entry = new AuditEntry(((Number) row.get("seq")).longValue(),
                    tampering.jdbc().queryForObject("select recorded_at from audit_entry where seq = ?",
                            java.time.OffsetDateTime.class, row.get("seq")).toInstant(),
                    (String) row.get("actor"), (String) row.get("kind"), (String) row.get("subject"),
                    i == 0 ? content : (String) row.get("content"), previous, null);
            String hash = entry.expectedHash();
            tampering.jdbc().update("update audit_entry set content = ?, previous_hash = ?, hash = ? where seq = ?",
                    entry.content(), previous, hash, entry.seq());
            previous = hash;
        }
        tampering.jdbc().update("update audit_chain_head set last_hash = ?", previous);
    }

    @Test
    void concurrentTransactionsKeepOneChain() throws Exception {
        long before = last();
        int threads = 6;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        new TransactionTemplate(transactions).executeWithoutResult(status -> chain.record(
                                "TEST", "writer" + writer, "test:concurrent", "{\"n\":" + n + "}"));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(last()).isEqualTo(before + threads * each);
        assertThat(tampering.jdbc().queryForObject(
                "select count(distinct previous_hash) from audit_entry where seq > ?", Long.class, before))
                .as("no two entries link to the same predecessor").isEqualTo((long) threads * each);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anAdministratorsCalendarChangesAreAudited() {
        LocalDate day = LocalDate.of(2031, 8, 16);
        long before = count("CALENDAR_CHANGE", "calendar:" + day);
        announcedDays.announce(day, AnnouncedDay.Kind.WORKING_DAY, "Làm bù", "quantri");
        announcedDays.withdraw(day, "quantri");
        assertThat(count("CALENDAR_CHANGE", "calendar:" + day)).isEqualTo(before + 2);
        assertThat(tampering.jdbc().queryForList("select actor from audit_entry where subject = ? order by seq",
                String.class, "calendar:" + day)).endsWith("quantri", "quantri");
    }

    @Test
    void aCatalogueImportThatChangesProceduresIsAuditedAndOneThatChangesNothingIsNot() {
        long before = count("CATALOG_CHANGE", "catalog:reference");
        String entry = """
                {"code": "9.900777", "name": "Thủ tục thử nhật ký kiểm toán", "categories": ["Thử nghiệm"], "departments": ["Ủy ban nhân dân cấp xã"], "promulgatedBy": "Bộ Nội vụ", "targets": ["Công dân"], "type": "STANDARD"}
                """;
        catalogImport.importReference(new ByteArrayInputStream(entry.getBytes(StandardCharsets.UTF_8)));
        assertThat(count("CATALOG_CHANGE", "catalog:reference")).isEqualTo(before + 1);
        catalogImport.importReference(new ByteArrayInputStream(entry.getBytes(StandardCharsets.UTF_8)));
        assertThat(count("CATALOG_CHANGE", "catalog:reference")).as("unchanged: nothing to record").isEqualTo(before + 1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void assuranceChangesAreAuditedWithoutTheContactOnFile() {
        long before = count("ASSURANCE_CHANGE", "account:424242");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new AccountVerifiedInPerson(424242, 7, Instant.parse("2026-11-23T03:00:00Z")));
            events.publishEvent(new AccountLinkedToEid(424242, Instant.parse("2026-11-24T03:00:00Z"), "0905111222",
                    "an@example.vn"));
        });
        assertThat(count("ASSURANCE_CHANGE", "account:424242")).isEqualTo(before + 2);
        assertThat(tampering.jdbc().queryForList("select content from audit_entry where subject = ?", String.class,
                "account:424242")).noneMatch(c -> c.contains("0905111222") || c.contains("an@example.vn"));
    }

    @Test
    void aPasswordChangeIsAuditedForTheAccount() {
        long before = count("PASSWORD_CHANGE", "account:434343");
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new PasswordChanged(434343, Instant.parse("2026-11-25T03:00:00Z"))));
        assertThat(count("PASSWORD_CHANGE", "account:434343")).isEqualTo(before + 1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anOfficerAccountIsAuditedWithItsAgencyAndRoles() {
        CurrentUser officer = registry.createOfficer("kiemtoan" + System.nanoTime() % 100000, "Kiem@toan2026",
                "Cán bộ Kiểm Toán", "DNG-HAICHAU", Set.of(Role.SPECIALIST, Role.RECEIVER), null, null);
        assertThat(count("ACCOUNT_CHANGE", "account:" + officer.accountId())).isEqualTo(1);
        assertThat(tampering.jdbc().queryForObject("select content from audit_entry where subject = ?", String.class,
                "account:" + officer.accountId())).contains("\"roles\":[\"RECEIVER\",\"SPECIALIST\"]")
                .doesNotContain("Kiem@toan2026");
    }

    @Test
    void checkpointsAreSignedByThePlatformKey() {
        threeEntries("checkpoint");
        AuditVerification intact = verifier.verify();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.checkpoints()).isPositive();
    }
}
