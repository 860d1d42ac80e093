package vn.opendvc.catalog;

/**
 * Procedures were added or changed by an import (the shipped seed at start-up, or an ADMIN's file), or an ADMIN defined
 * a connected procedure. Published inside the changing transaction: the search index and the connected procedures
 * refresh after it commits, the audit log records it with the change (by the signed-in ADMIN, or the system).
 *
 * @param file which catalogue file was imported: {@code configured} or {@code reference}; {@code connected:<procedure>}
 *             for a connected procedure's composition
 */
public record CatalogChanged(String file, CatalogImport.Report report) {
}
