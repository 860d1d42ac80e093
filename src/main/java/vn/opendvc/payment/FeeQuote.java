package vn.opendvc.payment;

/**
 * What a procedure costs when submitted online, and why.
 *
 * @param feeVnd          the procedure's fee (lệ phí) from the catalog
 * @param discountPercent the online discount applied, 0–100
 * @param discountVnd     {@code feeVnd × discountPercent / 100}, rounded half up to the đồng
 * @param exempt          whether the applicant's category is exempt (then nothing is due)
 * @param amountDueVnd    what the applicant pays: 0 when exempt, otherwise {@code feeVnd − discountVnd}
 * @param explanation     how it was computed, in Vietnamese, for the applicant
 */
public record FeeQuote(long feeVnd, int discountPercent, long discountVnd, boolean exempt, long amountDueVnd,
        String explanation) {

    public boolean isFree() {
        return amountDueVnd == 0;
    }
}
