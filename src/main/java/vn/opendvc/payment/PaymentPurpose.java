package vn.opendvc.payment;

/**
 * What a payment pays for; with the reference it names the debt. A reference has at most one open and one credited
 * payment per purpose: a dossier's legal fee and the assisting agent's service fee of the same dossier are paid apart,
 * to different payees.
 */
public enum PaymentPurpose {

    /** The procedure's fee or charge (phí, lệ phí), paid to the agency; the reference is the dossier id. */
    DOSSIER_FEE,

    /** The assisting organisation's service fee (phí dịch vụ hỗ trợ); the reference is the assisted dossier's id. */
    AGENT_FEE;

    /** Events stored before payments had a purpose were all about dossier fees. */
    static PaymentPurpose orDossierFee(PaymentPurpose purpose) {
        return purpose == null ? DOSSIER_FEE : purpose;
    }
}
