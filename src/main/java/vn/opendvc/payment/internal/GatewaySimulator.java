package vn.opendvc.payment.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.opendvc.web.InvalidInput;
import vn.opendvc.web.Message;

/**
 * A small VNPay 2.1.0 gateway inside the application, for the demo and tests: it checks the signed payment URL,
 * records the payer's choice in its own table, signs the return parameters and the IPN exactly as VNPay does, sends
 * the IPN server to server to this application (now, late, twice or not at all) and answers {@code querydr}.
 * Only present when {@link PaymentMode#simulator()}.
 */
@Component
@Conditional(PaymentMode.SimulatorOn.class)
public class GatewaySimulator {

    private static final Logger log = LoggerFactory.getLogger(GatewaySimulator.class);

    /** The payer's choice on the simulator page. */
    public enum Choice { SUCCESS, FAILURE, CANCEL }

    /** When the simulator sends the IPN. */
    public enum IpnDelivery { NOW, LATE, TWICE, NONE }

    /**
     * A checked payment request.
     *
     * @param problem why it is refused, or {@code null}
     */
    public record Checkout(Message problem, String txnRef, long amountVnd, String orderInfo, String returnUrl,
            String tmnCode, Instant expiresAt, Map<String, String> params) {
    }

    /**
     * What happened after the choice.
     *
     * @param ipnAnswer the application's answer to the IPN sent now (empty when none was sent now)
     */
    public record Completion(String redirectUrl, Optional<String> ipnAnswer) {
    }

    private final PaymentProperties properties;
    private final PaymentProperties.Vnpay merchant;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int localPort = -1;

    GatewaySimulator(PaymentProperties properties, PaymentMode mode, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.merchant = mode.merchant();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    private String secret() {
        return merchant.hashSecret();
    }

    /** Checks a payment URL's parameters as VNPay would. */
    public Checkout open(Map<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>(params);
        Message problem = null;
        if (!VnpaySignature.verify(secret(), p)) {
            problem = Message.of("payment.simulator.problem.signature");
        } else if (!Vnpay.VERSION.equals(p.get("vnp_Version")) || !"pay".equals(p.get("vnp_Command"))) {
            problem = Message.of("payment.simulator.problem.command");
        } else if (!merchant.tmnCode().equals(p.get("vnp_TmnCode"))) {
            problem = Message.of("payment.simulator.problem.merchant");
        } else if (!"VND".equals(p.get("vnp_CurrCode")) || Vnpay.amountVnd(p.get("vnp_Amount")) <= 0) {
            problem = Message.of("payment.simulator.problem.amount");
        }
        Instant expires = parse(p.get("vnp_ExpireDate"));
        if (problem == null && (expires == null || expires.isBefore(clock.instant()))) {
            problem = Message.of("payment.simulator.problem.expired");
        }
        if (problem == null && recorded(p.get("vnp_TxnRef")).isPresent()) {
            problem = Message.of("payment.simulator.problem.processed");
        }
        return new Checkout(problem, p.get("vnp_TxnRef"), Math.max(Vnpay.amountVnd(p.get("vnp_Amount")), 0),
                p.get("vnp_OrderInfo"), p.get("vnp_ReturnUrl"), p.get("vnp_TmnCode"), expires, p);
    }

    private static Instant parse(String date) {
        try {
            return LocalDateTime.parse(date, Vnpay.DATE).atOffset(java.time.ZoneOffset.ofHours(7)).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Optional<Map<String, Object>> recorded(String txnRef) {
        return jdbc.sql("select * from payment_simulator_txn where txn_ref = :txnRef").param("txnRef", txnRef).query().listOfRows()
                .stream().findFirst();
    }

    /** Records the choice, sends the IPN as asked and returns where the payer's browser goes. */
    public Completion complete(Map<String, String> payParams, Choice choice, IpnDelivery delivery) {
        Checkout checkout = open(payParams);
        if (checkout.problem() != null) {
            throw new InvalidInput(checkout.problem());
        }
        String responseCode = switch (choice) {
            case SUCCESS -> "00";
            case FAILURE -> "51"; // tài khoản không đủ số dư
            case CANCEL -> "24"; // khách hàng hủy giao dịch
        };
        String transactionStatus = choice == Choice.SUCCESS ? "00" : "02";
        String transactionNo = Long.toString(10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
        String payDate = Vnpay.date(clock.instant());
        Map<String, String> p = checkout.params();
        int inserted = jdbc.sql("insert into payment_simulator_txn (txn_ref, amount, order_info, create_date,"
                        + " response_code, transaction_status, transaction_no, bank_code, pay_date)"
                        + " values (:txnRef, :amount, :orderInfo, :createDate, :responseCode, :transactionStatus,"
                        + " :transactionNo, :bankCode, :payDate)")
                .param("txnRef", checkout.txnRef()).param("amount", Long.parseLong(p.get("vnp_Amount")))
                .param("orderInfo", p.getOrDefault("vnp_OrderInfo", ""))
                .param("createDate", p.getOrDefault("vnp_CreateDate", "")).param("responseCode", responseCode)
                .param("transactionStatus", transactionStatus).param("transactionNo", transactionNo)
                .param("bankCode", "NCB").param("payDate", payDate)
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("transaction " + checkout.txnRef() + " not recorded");
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put("vnp_Amount", p.get("vnp_Amount"));
        result.put("vnp_BankCode", "NCB");
        result.put("vnp_BankTranNo", choice == Choice.SUCCESS ? "VNP" + transactionNo : "");
        result.put("vnp_CardType", "ATM");
        result.put("vnp_OrderInfo", p.get("vnp_OrderInfo"));
        result.put("vnp_PayDate", payDate);
        result.put("vnp_ResponseCode", responseCode);
        result.put("vnp_TmnCode", p.get("vnp_TmnCode"));
        result.put("vnp_TransactionNo", transactionNo);
        result.put("vnp_TransactionStatus", transactionStatus);
        result.put("vnp_TxnRef", checkout.txnRef());
        String query = VnpaySignature.hashData(result) + "&" + VnpaySignature.SECURE_HASH + "="
                + VnpaySignature.sign(secret(), result);
        Optional<String> answer = Optional.empty();
        switch (delivery) {
            case NOW -> answer = Optional.of(sendIpn(query));
            case TWICE -> {
                sendIpn(query);
                answer = Optional.of(sendIpn(query));
            }
            case LATE -> Thread.ofVirtual().name("simulator-late-ipn").start(() -> {
                try {
                    Thread.sleep(properties.simulator().lateIpnDelay());
                    sendIpn(query);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            case NONE -> {
            }
        }
        String returnUrl = ownReturnUrl(checkout.returnUrl());
        return new Completion(returnUrl + (returnUrl.contains("?") ? "&" : "?") + query, answer);
    }

    /**
     * The payer goes back to this portal's own return page only: the demo secret is public, so a return address taken
     * from a request signed with it would let anyone use the simulator as an open redirect.
     */
    private String ownReturnUrl(String requested) {
        String own = merchant.returnUrl().isBlank() ? Vnpay.RETURN_PATH : merchant.returnUrl();
        return own.equals(requested) ? requested : Vnpay.RETURN_PATH;
    }

    String ipnUrl() {
        String configured = properties.simulator().ipnUrl();
        if (!configured.isBlank()) {
            return configured;
        }
        if (localPort <= 0) {
            throw new IllegalStateException("no web server port known for the simulator's IPN");
        }
        return "http://127.0.0.1:" + localPort + Vnpay.IPN_PATH;
    }

    /** Sends one IPN and returns the application's answer body (or the error). */
    String sendIpn(String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(ipnUrl() + "?" + query))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            log.info("simulator IPN answered {} {}", response.statusCode(), response.body());
            return response.body();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("simulator IPN not delivered: {}", e.toString());
            return "IPN not delivered: " + e.getMessage();
        }
    }

    /** The {@code querydr} command: checks the request checksum and answers from the simulator's books, signed. */
    public Map<String, String> querydr(Map<String, String> request) {
        Map<String, String> response = new LinkedHashMap<>();
        response.put("vnp_ResponseId", Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L)));
        response.put("vnp_Command", "querydr");
        response.put("vnp_TmnCode", request.get("vnp_TmnCode"));
        response.put("vnp_TxnRef", request.get("vnp_TxnRef"));
        String expected = Vnpay.pipeChecksum(secret(), request, Vnpay.QUERY_REQUEST_FIELDS);
        if (request.get("vnp_SecureHash") == null || !expected.equalsIgnoreCase(request.get("vnp_SecureHash"))) {
            respond(response, "97", "Invalid Checksum");
        } else if (!merchant.tmnCode().equals(request.get("vnp_TmnCode"))) {
            respond(response, "02", "Merchant is not valid");
        } else {
            Optional<Map<String, Object>> row = recorded(request.get("vnp_TxnRef"));
            if (row.isEmpty()) {
                respond(response, "91", "Transaction not found");
            } else {
                Map<String, Object> r = row.get();
                response.put("vnp_Amount", String.valueOf(r.get("amount")));
                response.put("vnp_BankCode", String.valueOf(r.get("bank_code")));
                response.put("vnp_PayDate", String.valueOf(r.get("pay_date")));
                response.put("vnp_TransactionNo", String.valueOf(r.get("transaction_no")));
                response.put("vnp_TransactionType", "01");
                response.put("vnp_TransactionStatus", String.valueOf(r.get("transaction_status")));
                response.put("vnp_OrderInfo", String.valueOf(r.get("order_info")));
                respond(response, "00", "QueryDR Success");
            }
        }
        response.put("vnp_SecureHash", Vnpay.pipeChecksum(secret(), response, Vnpay.QUERY_RESPONSE_FIELDS));
        return response;
    }

    private static void respond(Map<String, String> response, String code, String message) {
        response.put("vnp_ResponseCode", code);
        response.put("vnp_Message", message);
    }
}
