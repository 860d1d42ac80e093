/**
 * Assisted submission (hỗ trợ nộp hồ sơ): a post-office agent or a community helper finds (or opens) the citizen's
 * account, obtains the citizen's consent by a one-time code sent to the citizen's own phone or e-mail (or, for a
 * citizen with neither, by a printed consent slip the citizen signs in person, whose scan is kept), and then submits
 * a dossier for them; the dossier is the citizen's, on the assisted channel. Every consent is recorded (who,
 * for whom, when, which dossier, how) and published as {@link vn.opendvc.assistance.AssistedConsentGiven}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assisted submission")
package vn.opendvc.assistance;
