/**
 * Connected procedures (thủ tục liên thông): one submission by the citizen, one member dossier per member procedure at
 * the agency that handles it, results and data handed on to the members that depend on them, one journey for the
 * citizen. Member dossiers are ordinary dossiers of the dossier module (its transition table decides everything that
 * happens to them); this module only coordinates them, from the dossier module's events and through its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connected procedures")
package vn.opendvc.connected;
