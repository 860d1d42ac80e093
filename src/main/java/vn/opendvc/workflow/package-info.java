/**
 * Processing workflow: the internal processing steps (quy trình nội bộ) of each procedure — who does what, in which
 * order, with which share of the legal processing time — and the due time of every step of a dossier.
 * Depends on {@code catalog}, {@code calendar}, {@code identity} and {@code web}; never on {@code dossier}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processing workflow")
package vn.opendvc.workflow;
