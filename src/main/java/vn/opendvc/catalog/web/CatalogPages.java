package vn.opendvc.catalog.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import vn.opendvc.agency.AgencyDirectory;
import vn.opendvc.catalog.OnlineLevel;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.catalog.ProcedureQuery;
import vn.opendvc.web.PublicPaths;

/** The citizen's way in: one search box, filters, and a page per procedure. */
@Controller
class CatalogPages {

    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;

    CatalogPages(ProcedureCatalog catalog, AgencyDirectory agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("popular", catalog.search(new ProcedureQuery(null, null, null, null,
                OnlineLevel.TOAN_TRINH, true, 0, 8)).items());
        return "catalog/home";
    }

    /** The whole page, or only the result list when htmx asks while the citizen types or filters. */
    @GetMapping("/procedures")
    String procedures(ProcedureSearchRequest request, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("search", request);
        try {
            ProcedureQuery query = request.toQuery(agencies);
            model.addAttribute("query", query);
            model.addAttribute("result", catalog.search(query));
        } catch (ProcedureSearchRequest.InvalidSearch e) {
            model.addAttribute("searchError", e.detailMessage());
        }
        if (htmx != null) {
            return "catalog/procedures :: results";
        }
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("agencyChoices", agencies.all());
        model.addAttribute("levels", vn.opendvc.catalog.CatalogLevels.ALL);
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "catalog/procedures";
    }

    /** Digits only: a national code (with a dot) goes to {@link ProcedureDeepLinks} instead. */
    @GetMapping("/procedures/{id:\\d+}")
    String procedure(@PathVariable long id, Model model) {
        model.addAttribute("procedure", catalog.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "catalog/procedure";
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        PublicPaths catalogPublicPaths() {
            return PublicPaths.pages("/", "/procedures", "/procedures/**")
                    .and(PublicPaths.apiReads("/api/v1/procedures", "/api/v1/procedures/**"));
        }
    }
}
