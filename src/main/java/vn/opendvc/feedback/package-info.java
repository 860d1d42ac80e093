/**
 * Feedback and petitions (phản ánh, kiến nghị): a citizen or business, signed in or anonymous (then with an e-mail or
 * phone for the answer and a tracking token), tells the administration what went wrong — a regulation, the handling
 * of one of their dossiers, an officer's conduct — or suggests something. The receiving agency accepts it or
 * transfers it to the competent agency within 5 working days; a leader assigns an officer, the officer drafts the
 * answer, the leader approves it within the answer time (default 10 working days from acceptance, per kind);
 * duplicates are merged and share the answer; the author may publish the answer, rate it and reopen it once within
 * 15 days. Every status change is a row of {@link vn.opendvc.feedback.FeedbackTransitions} and is published as
 * {@link vn.opendvc.feedback.FeedbackChanged}. Exposed through the portal, its API and Open311 GeoReport v2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback and petitions")
package vn.opendvc.feedback;
