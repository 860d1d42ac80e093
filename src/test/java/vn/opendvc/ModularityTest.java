package vn.opendvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries honest and writes the module documentation under target/spring-modulith-docs. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(OpenDvcApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void foundationModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("agency", "identity", "catalog", "web");
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        new Documenter(modules).writeDocumentation();
        assertThat(Files.list(Path.of("target/spring-modulith-docs")).count()).isPositive();
    }
}
