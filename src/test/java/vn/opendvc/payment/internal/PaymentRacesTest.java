package vn.opendvc.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.identity.AccountKind;
import vn.opendvc.identity.Role;
import vn.opendvc.payment.Payment;
import vn.opendvc.payment.PaymentRefundDue;
import vn.opendvc.payment.PaymentRefunded;
import vn.opendvc.payment.PaymentRefused;
import vn.opendvc.payment.PaymentStarted;
import vn.opendvc.payment.PaymentStatus;
import vn.opendvc.payment.PaymentSucceeded;
import vn.opendvc.payment.Payments;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.RecordedPaymentEvents;
import vn.opendvc.testing.ServerTest;
import vn.opendvc.web.VietnamTime;

/**
 * Payments under races: the same key sent at once, several starts for one dossier, several payments of one fee
 * confirmed by the gateway. One open payment per reference, one credited payment per reference, never a 500.
 */
@ServerTest
class PaymentRacesTest {

    static final long PAYER = 900_004;
    static final int THREADS = 8;
    /** Temporary residence: a fee of 7,000 đồng online at Hải Châu. */
    static final String TEMPORARY_RESIDENCE = "1.004194";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Payments payments;
    @Autowired
    VnpayIpn ipn;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    RecordedPaymentEvents events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** A dossier of congdan1 submitted online with its fee due. */
    Dossier submittedWithAFee() {
        CurrentUser applicant = accounts.findByUsername("congdan1").orElseThrow();
        Procedure procedure = catalog.findByCode(TEMPORARY_RESIDENCE).orElseThrow();
        Dossier draft = dossiers.createDraft(applicant, new Dossiers.NewDossier(procedure.id(), DossierFixture.HAI_CHAU,
                DossierFixture.validForm(procedure), Channel.ONLINE, null, null));
        for (Procedure.RequiredDocument document : procedure.documents()) {
            if (document.required()) {
                dossiers.attach(applicant, draft.id(), document.name(),
                        new Dossiers.Upload("giay-to.pdf", DossierFixture.pdf()));
            }
        }
        Dossier submitted = dossiers.submit(applicant, draft.id());
        assertThat(submitted.feeDueVnd()).isEqualTo(7_000);
        return submitted;
    }

    String bearer(String username) throws Exception {
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"Demo@123\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        return "Bearer " + json.readTree(token.body()).get("access_token").asString();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code THREADS} calls released at once; their results in order. */
    static <T> List<T> atOnce(IntFunction<Callable<T>> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<T> work = call.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return work.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** POSTs to the dossier's payment API from {@code THREADS} clients at once, each with the key it is given. */
    List<HttpResponse<String>> payAtOnce(long dossierId, IntFunction<String> key) throws Exception {
        String bearer = bearer("congdan1");
        HttpClient http = HttpClient.newHttpClient();
        return atOnce(i -> () -> http.send(HttpRequest.newBuilder(url("/api/v1/dossiers/" + dossierId + "/payments"))
                .header("Authorization", bearer).header("Idempotency-Key", key.apply(i))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
    }

    List<Long> paymentIds(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> json.readTree(a.body()).get("paymentId").asLong()).toList();
    }

    @Test
    void theSameKeySentAtOnceGivesOnePaymentAndTheSameAnswerToEveryone() throws Exception {
        Dossier dossier = submittedWithAFee();
        String key = "pay-" + UUID.randomUUID();
        List<HttpResponse<String>> answers = payAtOnce(dossier.id(), i -> key);
        assertThat(answers).as("no 500, every answer a success").allSatisfy(a -> assertThat(a.statusCode())
                .as(a.body()).isBetween(200, 299));
        assertThat(paymentIds(answers)).containsOnly(paymentIds(answers).getFirst());
        assertThat(answers.stream().map(a -> json.readTree(a.body()).get("redirectUrl").asString()).distinct())
                .hasSize(1);
        assertThat(payments.forReference(dossier.id())).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.PENDING));
    }

    @Test
    void startsWithDifferentKeysAtOnceShareTheDossiersOneOpenPayment() throws Exception {
        Dossier dossier = submittedWithAFee();
        List<HttpResponse<String>> answers = payAtOnce(dossier.id(), i -> "page-" + i + "-" + UUID.randomUUID());
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isBetween(200, 299));
        assertThat(paymentIds(answers)).containsOnly(paymentIds(answers).getFirst());
        assertThat(payments.forReference(dossier.id())).hasSize(1);
    }

    @Test
    void thePayPageRenderedTwiceSendsThePayerToTheSameOpenPayment() throws Exception {
        Dossier dossier = submittedWithAFee();
        CurrentUser applicant = accounts.findByUsername("congdan1").orElseThrow();
        List<String> redirects = new ArrayList<>();
        for (int render = 0; render < 2; render++) {
            // each rendering of the dossier page carries a new attempt key
            redirects.add(mvc.perform(post("/me/dossiers/" + dossier.id() + "/pay").with(PaymentWebTest.as(applicant))
                    .with(csrf()).param("attempt", UUID.randomUUID().toString())).andReturn().getResponse()
                    .getRedirectedUrl());
        }
        assertThat(redirects.getFirst()).startsWith("/payments/simulator/pay?");
        assertThat(redirects.getLast()).isEqualTo(redirects.getFirst());
        assertThat(payments.forReference(dossier.id())).hasSize(1);
    }

    @Test
    void anOpenPaymentIsReturnedToItsPayerExpiredWhenStaleAndRefusedToAnotherRequest() {
        long reference = PaymentFixture.reference();
        PaymentStarted first = payments.start("a-" + reference, reference, PAYER, "DNG-HAICHAU", 7_000, "Lệ phí",
                "127.0.0.1");
        assertThat(payments.start("b-" + reference, reference, PAYER, "DNG-HAICHAU", 7_000, "Lệ phí", "10.0.0.2"))
                .as("started again while open").isEqualTo(first);

        PaymentRefused otherAmount = catchThrowableOfType(PaymentRefused.class, () -> payments.start("c-" + reference,
                reference, PAYER, "DNG-HAICHAU", 9_000, "Lệ phí", "127.0.0.1"));
        assertThat(otherAmount.reason()).isEqualTo(PaymentRefused.PAYMENT_IN_PROGRESS);
        assertThat(otherAmount.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> payments.start("d-" + reference, reference,
                PAYER + 1, "DNG-HAICHAU", 7_000, "Lệ phí", "127.0.0.1")).reason()).as("another payer")
                .isEqualTo(PaymentRefused.PAYMENT_IN_PROGRESS);

        PaymentFixture.age(jdbc, payments, first.paymentId(), 21 * 60); // expiry 15 min + grace 5 min are over
        PaymentStarted second = payments.start("e-" + reference, reference, PAYER, "DNG-HAICHAU", 7_000, "Lệ phí",
                "127.0.0.1");
        assertThat(second.paymentId()).isNotEqualTo(first.paymentId());
        assertThat(payments.find(first.paymentId()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(payments.forReference(reference)).extracting(Payment::status)
                .containsExactly(PaymentStatus.PENDING, PaymentStatus.EXPIRED);
    }

    @Test
    void threePaymentsOfOneFeeConfirmedAtOnceAreCreditedOnceAndTheOthersAreRefundsToMake() throws Exception {
        long reference = PaymentFixture.reference();
        List<Payment> three = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // each payment left unpaid past its expiry, so that starting again makes a new one
            PaymentStarted started = payments.start("fee-" + i + "-" + reference, reference, PAYER, "DNG-HAICHAU",
                    7_000, "Lệ phí", "127.0.0.1");
            three.add(payments.find(started.paymentId()).orElseThrow());
            if (i < 2) {
                PaymentFixture.age(jdbc, payments, started.paymentId(), 21 * 60);
            }
        }
        assertThat(three).extracting(Payment::id).doesNotHaveDuplicates();

        List<String> codes = atOnce(i -> () -> ipn.handle(PaymentFixture.paid(three.get(i % 3))).RspCode());
        assertThat(codes).containsOnly("00", "02");
        assertThat(codes).filteredOn("00"::equals).as("each payment settled once").hasSize(3);

        List<Payment> settled = payments.forReference(reference);
        assertThat(settled).extracting(Payment::status).containsExactlyInAnyOrder(PaymentStatus.SUCCEEDED,
                PaymentStatus.REFUND_DUE, PaymentStatus.REFUND_DUE);
        assertThat(payments.isPaid(reference)).isTrue();
        List<Object> heard = settled.stream().flatMap(p -> events.of(p.id()).stream()).toList();
        assertThat(heard).as("the dossier and the indicators hear of one payment")
                .filteredOn(PaymentSucceeded.class::isInstance).hasSize(1);
        assertThat(heard).filteredOn(PaymentRefundDue.class::isInstance).hasSize(2);

        List<Payment> refundsDue = settled.stream().filter(p -> p.status() == PaymentStatus.REFUND_DUE).toList();
        for (Payment p : three) {
            assertThat(ipn.handle(PaymentFixture.paid(p)).RspCode()).as("a replay").isEqualTo("02");
        }
        assertThat(payments.forReference(reference)).extracting(Payment::status)
                .containsExactlyInAnyOrderElementsOf(settled.stream().map(Payment::status).toList());
        assertThat(jdbc.sql("select count(*) from payment_anomaly where kind = 'DUPLICATE_PAYMENT' and payment_id in (?, ?)")
                .params(refundsDue.get(0).id(), refundsDue.get(1).id()).query(Long.class).single()).isEqualTo(2);

        CurrentUser monitor = PaymentWebTest.user(8, AccountKind.OFFICER, "DNG", Role.MONITOR);
        // each refund on the report of the day it was made: two of the payments were made 21 minutes earlier, so
        // just after midnight in Vietnam they belong to the day before
        Map<LocalDate, List<Payment>> refundsByDay = refundsDue.stream().collect(java.util.stream.Collectors
                .groupingBy(p -> p.createdAt().atZone(VietnamTime.ZONE).toLocalDate()));
        for (Map.Entry<LocalDate, List<Payment>> day : refundsByDay.entrySet()) {
            String page = mvc.perform(get("/monitor/payment/reconciliation").param("day", day.getKey().toString())
                    .with(PaymentWebTest.as(monitor))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(refundsDueList(page)).as("the refunds to make are listed")
                    .contains(day.getValue().stream().map(Payment::txnRef).toArray(String[]::new))
                    .contains(Long.toString(reference), "7.000 đ");
            String csv = mvc.perform(get("/monitor/payment/reconciliation.csv").param("day", day.getKey().toString())
                    .with(PaymentWebTest.as(monitor))).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Map<String, String> haiChau = csvLine(csv, day.getKey() + ",DNG-HAICHAU,");
            long dueInDb = jdbc.sql("select count(*) from payment where agency_code = 'DNG-HAICHAU'"
                    + " and status = 'REFUND_DUE' and created_at >= ? and created_at < ?")
                    .params(java.sql.Timestamp.from(day.getKey().atStartOfDay(VietnamTime.ZONE).toInstant()),
                            java.sql.Timestamp.from(
                                    day.getKey().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
                    .query(Long.class).single();
            assertThat(Long.parseLong(haiChau.get("refund_due"))).isEqualTo(dueInDb)
                    .isGreaterThanOrEqualTo(day.getValue().size());
            assertThat(Long.parseLong(haiChau.get("refund_due_vnd")))
                    .isGreaterThanOrEqualTo(7_000L * day.getValue().size());
        }

        assertThat(mvc.perform(post("/monitor/payment/reconciliation/refunds/" + refundsDue.get(0).id())
                .with(PaymentWebTest.as(monitor)).with(csrf())).andReturn().getResponse().getStatus())
                .as("a monitor only reads").isEqualTo(403);
        CurrentUser admin = PaymentWebTest.user(9, AccountKind.OFFICER, "DNG", Role.ADMIN);
        assertThat(mvc.perform(post("/monitor/payment/reconciliation/refunds/" + settled.stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED).findFirst().orElseThrow().id())
                .with(PaymentWebTest.as(admin)).with(csrf())).andReturn().getResponse().getStatus())
                .as("the credited payment is not refunded from this page").isEqualTo(404);
        assertThat(mvc.perform(post("/monitor/payment/reconciliation/refunds/" + refundsDue.get(0).id())
                .with(PaymentWebTest.as(admin)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/monitor/payment/reconciliation");
        Payment refunded = payments.find(refundsDue.get(0).id()).orElseThrow();
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(events.of(refunded.id()).getLast()).isInstanceOf(PaymentRefunded.class);
        assertThat(payments.isPaid(reference)).as("the fee stays paid by the credited payment").isTrue();
        String after = mvc.perform(get("/monitor/payment/reconciliation").with(PaymentWebTest.as(monitor))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refundsDueList(after)).doesNotContain(refundsDue.get(0).txnRef())
                .contains(refundsDue.get(1).txnRef());
    }

    /** The table of refunds to make on the reconciliation page. */
    static String refundsDueList(String page) {
        int start = page.indexOf("data-testid=\"recon-refunds-due\"");
        assertThat(start).as("a list of refunds to make").isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    /** The CSV line starting with {@code prefix}, by column name (the agency name is the only quoted cell). */
    static Map<String, String> csvLine(String csv, String prefix) {
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String line = csv.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
        String[] cells = line.split(",");
        Map<String, String> byName = new java.util.HashMap<>();
        // the agency name may hold commas: the columns after it are counted from the end
        for (int i = 0; i < header.size() - 3; i++) {
            byName.put(header.get(header.size() - 1 - i), cells[cells.length - 1 - i]);
        }
        return byName;
    }
}
