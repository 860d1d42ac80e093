package vn.opendvc.connected;

import java.time.Instant;

/**
 * Every member dossier of a connected procedure has its result: the citizen is told once, on top of each member's own
 * "result ready". Published when the last member's result is issued; may be published twice when two members finish
 * at the same moment (listeners key what they do by the parent).
 *
 * @param parentId   the connected procedure's dossier
 * @param parentCode its code
 * @param at         when the last result was issued
 */
public record ConnectedJourneyCompleted(long parentId, String parentCode, Instant at) {
}
