/**
 * Postal delivery of results and postal collection of documents: the applicant chooses to get the result by post
 * (an address in the two-tier administrative units of 2025: a commune or ward of a province) and sees the postage;
 * when the dossier is done (status 9) a shipping order goes to the postal carrier through an adapter (a VNPost-style
 * HTTP API, or the built-in simulator of the demo); the carrier's tracking callbacks update the shipment, and its
 * confirmed delivery moves the dossier to status 10 with the proof ({@code Dossiers.confirmPostalDelivery}). A
 * returned item lets the applicant choose the counter or a new delivery. The same adapter carries the applicant's
 * paper originals to the agency (collection at home).
 * <p>
 * The module hangs off {@code DossierStatusChanged} and calls the dossier module's API; nothing calls it. The
 * electronic result stays in the applicant's document store whatever the channel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Postal delivery")
package vn.opendvc.postal;
