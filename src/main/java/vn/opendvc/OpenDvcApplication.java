package vn.opendvc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** OpenDVC: the online public services portal, one modular monolith. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "OpenDVC")
public class OpenDvcApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenDvcApplication.class, args);
    }
}
