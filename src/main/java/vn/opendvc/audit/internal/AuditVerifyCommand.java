package vn.opendvc.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import vn.opendvc.audit.AuditVerification;

/**
 * {@code java -jar opendvc.jar --audit-verify}: verifies the chain, prints the result and exits with 0 when it is
 * intact, 1 when it is not. {@link AuditVerifyMode} keeps its web server to a free loopback port.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final ChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(ChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        AuditVerification result = verifier.verify();
        System.out.println(describe(result));
        int code = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    static String describe(AuditVerification result) {
        String summary = result.entries() + " entries, " + result.checkpoints() + " checkpoints, head "
                + result.lastHash();
        if (result.intact()) {
            return "AUDIT OK: " + summary;
        }
        return "AUDIT BROKEN at entry " + result.fault().seq() + " (" + result.fault().problem() + "): "
                + result.fault().detail() + "; " + summary;
    }
}
