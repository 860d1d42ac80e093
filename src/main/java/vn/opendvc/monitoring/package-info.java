/**
 * Service-quality indicators (Decision 766 model): per agency x procedure x day counters kept incrementally from the
 * dossier, payment and rating events, a full recomputation for administrators, and the indicator API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package vn.opendvc.monitoring;
