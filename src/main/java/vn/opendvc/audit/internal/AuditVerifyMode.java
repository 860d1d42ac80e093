package vn.opendvc.audit.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --audit-verify} the application is a command, not a server: its web server (which the security
 * configuration needs to start) listens on a free port of the loopback interface only, so the command runs beside the
 * running portal and serves nobody; {@link AuditVerifyCommand} does the work and exits.
 */
public class AuditVerifyMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(AuditVerifyCommand.OPTION)) {
            environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyMode", Map.of(
                    "server.port", "0", "server.address", "127.0.0.1")));
        }
    }
}
