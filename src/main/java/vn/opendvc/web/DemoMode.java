package vn.opendvc.web;

import org.springframework.core.env.Environment;

/**
 * Whether the application runs as a demo: demo accounts with a published password, the demo payment merchant and
 * its simulator, demo signing keys. On only when asked for, with {@code opendvc.demo=true} ({@code OPENDVC_DEMO}) or
 * the {@code demo} profile (which sets that property, and which {@code ./mvnw spring-boot:run} activates). Never
 * guessed from the database: an embedded database is no sign that nobody relies on the data.
 */
public final class DemoMode {

    /** The Spring profile of the demo; {@code application-demo.yml} sets {@link #PROPERTY} to true. */
    public static final String PROFILE = "demo";
    public static final String PROPERTY = "opendvc.demo";

    private DemoMode() {
    }

    public static boolean on(Environment environment) {
        String flag = environment.getProperty(PROPERTY);
        return flag != null && Boolean.parseBoolean(flag.trim()) || environment.matchesProfiles(PROFILE);
    }
}
