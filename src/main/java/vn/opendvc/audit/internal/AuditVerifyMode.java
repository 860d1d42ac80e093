package vn.opendvc.audit.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code --audit-verify} the application is a command, not a server: no web server (so it can run beside the
 * running portal); {@link AuditVerifyCommand} does the work and exits.
 */
public class AuditVerifyMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(AuditVerifyCommand.OPTION)) {
            environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyMode", Map.of(
                    "spring.main.web-application-type", "none")));
        }
    }
}
