package vn.opendvc.catalog.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.opendvc.agency.AgencyImport;
import vn.opendvc.catalog.CatalogImport;

/** Lets an ADMIN re-import the catalog files (same formats as the shipped seed data). */
@Controller
@RequestMapping("/admin/catalog")
@PreAuthorize("hasRole('ADMIN')")
class CatalogAdminPage {

    enum FileKind { PROCEDURES, REFERENCE, AGENCIES }

    private final CatalogImport catalog;
    private final AgencyImport agencies;

    CatalogAdminPage(CatalogImport catalog, AgencyImport agencies) {
        this.catalog = catalog;
        this.agencies = agencies;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("kinds", FileKind.values());
        return "catalog/admin-import";
    }

    @PostMapping("/import")
    String importFile(@RequestParam FileKind kind, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("kinds", FileKind.values());
        model.addAttribute("selected", kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "admin.import.nofile");
            return "catalog/admin-import";
        }
        try (InputStream in = file.getInputStream()) {
            switch (kind) {
                case PROCEDURES -> report(model, catalog.importConfigured(in));
                case REFERENCE -> report(model, catalog.importReference(in));
                case AGENCIES -> {
                    AgencyImport.Report r = agencies.importFrom(in);
                    model.addAttribute("report", new CatalogImport.Report(r.inserted(), r.updated(), r.unchanged()));
                }
            }
        } catch (CatalogImport.InvalidCatalogFile | AgencyImport.InvalidAgencyFile e) {
            model.addAttribute("invalid", e.getMessage());
        }
        return "catalog/admin-import";
    }

    private static void report(Model model, CatalogImport.Report report) {
        model.addAttribute("report", report);
    }
}
