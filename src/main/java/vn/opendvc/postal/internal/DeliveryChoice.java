package vn.opendvc.postal.internal;

import java.time.Instant;

/**
 * How the applicant wants the paper result: by post to an address, or at the agency's counter. The electronic result
 * is in the applicant's document store either way.
 *
 * @param communeCode the agency code of a commune or ward of the 2025 two-tier tree (its province is its parent)
 */
public record DeliveryChoice(Method method, String recipientName, String phone, String street, String communeCode,
        Instant chosenAt) {

    public enum Method { POST, COUNTER }

    public boolean byPost() {
        return method == Method.POST;
    }
}
