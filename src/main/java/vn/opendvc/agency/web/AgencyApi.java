package vn.opendvc.agency.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.opendvc.agency.Agency;
import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.web.PublicPaths;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan / Agencies")
class AgencyApi {

    private final AgencyDirectory agencies;

    AgencyApi(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Cây cơ quan / the agency tree, parents before children")
    List<Agency> tree() {
        return agencies.all();
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        PublicPaths agencyPublicPaths() {
            return PublicPaths.apiReads("/api/v1/agencies", "/api/v1/agencies/**");
        }
    }
}
