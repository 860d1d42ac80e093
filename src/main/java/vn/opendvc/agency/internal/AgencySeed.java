package vn.opendvc.agency.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.opendvc.agency.AgencyImport;

/** Loads the shipped agency tree at every start; the import is idempotent, so a restart changes nothing. */
@Component
@Order(0)
class AgencySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencySeed.class);

    private final AgencyImport agencies;

    AgencySeed(AgencyImport agencies) {
        this.agencies = agencies;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        AgencyImport.Report report = agencies.importFrom(new ClassPathResource("seed/agencies.json").getInputStream());
        log.info("Agencies: {} inserted, {} updated, {} unchanged", report.inserted(), report.updated(),
                report.unchanged());
    }
}
