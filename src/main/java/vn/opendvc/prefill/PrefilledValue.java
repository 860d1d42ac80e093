package vn.opendvc.prefill;

/**
 * One prefilled value.
 *
 * @param source   where it comes from: {@link Sources#PROFILE}, {@link Sources#EID}, {@link Sources#POPULATION},
 *                 {@link Sources#BUSINESS_REGISTRY}, or a connector's own source code
 * @param verified true when an authoritative source vouches for it: the form shows it read-only with its source
 */
public record PrefilledValue(String value, String source, boolean verified) {

    public boolean readOnly() {
        return verified;
    }
}
