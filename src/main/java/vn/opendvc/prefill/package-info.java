/**
 * Once-only data ("đã khai rồi không phải khai lại"): what a procedure's form would be filled with from the citizen's
 * profile and from national databases (population, business registry), each value with its source; values verified by
 * an authoritative source are read-only. Every national lookup is recorded with who asked, whose data, which items,
 * for which procedure and dossier and the citizen's consent, and the citizen can read that log.
 * <p>
 * API: {@link vn.opendvc.prefill.Prefill}; connectors implement {@link vn.opendvc.prefill.PopulationRegistry} or
 * {@link vn.opendvc.prefill.BusinessRegistry} (both a {@link vn.opendvc.prefill.NationalDatabase}); built-in
 * simulators serve the demo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prefill and once-only data")
package vn.opendvc.prefill;
