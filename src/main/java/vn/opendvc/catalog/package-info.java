/**
 * The procedure catalog (thủ tục hành chính): procedures configured for online submission with their fees, legal
 * processing time, required documents and form, plus the reference entries of the national procedure database;
 * accent-insensitive search over all of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure catalog")
package vn.opendvc.catalog;
