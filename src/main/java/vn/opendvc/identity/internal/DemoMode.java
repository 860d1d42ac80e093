package vn.opendvc.identity.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded: {@code opendvc.demo} ({@code OPENDVC_DEMO}) when set; otherwise on exactly when the
 * application runs on the embedded H2 database, so a production PostgreSQL never gets demo accounts by accident.
 */
@Component
public class DemoMode {

    private final boolean on;

    @Autowired
    DemoMode(Environment environment) {
        this(environment.getProperty("opendvc.demo"), environment.getProperty("spring.datasource.url"));
    }

    DemoMode(String flag, String datasourceUrl) {
        if (flag != null && !flag.isBlank()) {
            this.on = Boolean.parseBoolean(flag.trim());
        } else {
            this.on = datasourceUrl == null || datasourceUrl.isBlank() || datasourceUrl.startsWith("jdbc:h2:");
        }
    }

    public boolean isOn() {
        return on;
    }
}
