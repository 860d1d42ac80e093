package vn.opendvc.catalog;

/**
 * Procedures were added or changed by an import (the shipped seed at start-up, or an ADMIN's file). Published inside
 * the importing transaction: the search index refreshes after it commits, the audit log records it with the import.
 *
 * @param file which catalogue file was imported: {@code configured} or {@code reference}
 */
public record CatalogChanged(String file, CatalogImport.Report report) {
}
