/**
 * Status sync with the national measurement hub. Inbound: other one-stop systems (registered by an administrator,
 * each with the agencies it may report for and its own API keys) push the status of the dossiers they handle, in
 * the national portal's field names; a synced dossier counts in every indicator exactly as a native one and is found
 * by the public lookup. Outbound: an instance configured with a hub pushes its own dossiers' status changes there,
 * durably, through the event publication registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status sync")
package vn.opendvc.sync;
