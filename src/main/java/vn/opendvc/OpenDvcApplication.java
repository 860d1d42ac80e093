package vn.opendvc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OpenDVC: the online public services portal, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync // module listeners (@ApplicationModuleListener) run after the publishing transaction, on their own
@Modulithic(systemName = "OpenDVC")
public class OpenDvcApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenDvcApplication.class, args);
    }
}
