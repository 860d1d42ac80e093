package vn.opendvc.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.opendvc.web.VietnamTime;

/**
 * {@code --generate=N}: loads N synthetic dossiers, then stops the application (exit 0, or 2 with a message on bad
 * arguments, 1 when loading fails). Options: {@code --generate.seed=42}, {@code --generate.until=YYYY-MM-DD} (the
 * history ends the day before; default today in Vietnam), {@code --generate.batch=10000} (dossiers per JDBC batch),
 * {@code --generate.commit=200000} (dossiers per transaction, whose counters are added once).
 * Runs after the agency and catalog seeds ({@code @Order} 0 and 10), since it spreads dossiers over their procedures.
 * <p>
 * Benchmark tooling, not part of the shipped application: it lives with the tests, and the application started on
 * the test class path picks it up ({@code ./mvnw spring-boot:test-run
 * -Dspring-boot.run.main-class=vn.opendvc.OpenDvcApplication -Dspring-boot.run.arguments="--generate=1000
 * --server.port=0"}; bench/README.md). In a test context it does nothing, as no test passes {@code --generate}.
 */
@Component
@Order(100)
class SyntheticDossiersCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDossiersCommand.class);

    private final SyntheticDossiers synthetic;
    private final ApplicationContext context;
    private final Clock clock;

    SyntheticDossiersCommand(SyntheticDossiers synthetic, ApplicationContext context, Clock clock) {
        this.synthetic = synthetic;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("generate")) {
            return;
        }
        SyntheticDossiers.Request request;
        try {
            request = request(args, LocalDate.now(clock.withZone(VietnamTime.ZONE)));
        } catch (IllegalArgumentException e) {
            log.error("--generate: {}", e.getMessage());
            System.err.println("--generate: " + e.getMessage());
            exit(2);
            return;
        }
        int code = 0;
        try {
            SyntheticDossiers.Loaded loaded = synthetic.generate(request);
            log.info("Đã nạp {} hồ sơ giả lập trong {} s ({} hồ sơ/giây) / loaded {} synthetic dossiers in {} s",
                    loaded.count(), loaded.millis() / 1000.0,
                    Math.round(loaded.count() * 1000.0 / Math.max(1, loaded.millis())), loaded.count(),
                    loaded.millis() / 1000.0);
        } catch (RuntimeException e) {
            log.error("Nạp dữ liệu giả lập thất bại / loading synthetic data failed", e);
            code = 1;
        }
        exit(code);
    }

    /** The request the arguments describe; the message of the exception says what is wrong, in both languages. */
    static SyntheticDossiers.Request request(ApplicationArguments args, LocalDate today) {
        long count;
        String value = single(args, "generate", null);
        try {
            count = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > 100_000_000) {
            throw new IllegalArgumentException("số hồ sơ phải là số nguyên từ 1 đến 100000000, nhận được \"" + value
                    + "\" / the number of dossiers must be an integer from 1 to 100000000, got \"" + value + "\"");
        }
        long seed;
        int batch;
        int perCommit;
        LocalDate until;
        try {
            seed = Long.parseLong(single(args, "generate.seed", "42"));
            batch = Integer.parseInt(single(args, "generate.batch", "10000"));
            perCommit = Integer.parseInt(single(args, "generate.commit", "200000"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--generate.seed, --generate.batch và --generate.commit phải là số "
                    + "nguyên / --generate.seed, --generate.batch and --generate.commit must be integers");
        }
        try {
            until = LocalDate.parse(single(args, "generate.until", today.toString()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--generate.until phải có dạng YYYY-MM-DD / "
                    + "--generate.until must look like YYYY-MM-DD");
        }
        if (batch < 1 || batch > 100_000 || perCommit < batch || perCommit > 2_000_000) {
            throw new IllegalArgumentException("cần 1 ≤ --generate.batch ≤ 100000 và --generate.batch ≤ "
                    + "--generate.commit ≤ 2000000 / need 1 ≤ --generate.batch ≤ 100000 and --generate.batch ≤ "
                    + "--generate.commit ≤ 2000000");
        }
        return new SyntheticDossiers.Request(count, seed, until, batch, perCommit);
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            if (fallback == null) {
                throw new IllegalArgumentException("thiếu giá trị, ví dụ --" + name + "=1000 / missing value, e.g. --"
                        + name + "=1000");
            }
            return fallback;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("--" + name + " chỉ được nêu một lần / --" + name
                    + " may be given once");
        }
        return values.get(0).trim();
    }

    /** Closes the context (pools, schedulers) and ends the JVM with the code: this start was a command. */
    private void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
