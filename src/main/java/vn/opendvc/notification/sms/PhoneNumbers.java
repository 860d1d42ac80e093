package vn.opendvc.notification.sms;

import java.util.Optional;

import vn.opendvc.identity.PhoneNumber;

/** Phone numbers as SMS providers want them: international form, {@code +84…}. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /**
     * The {@code +84} form of a Vietnamese number written {@code 0xxxxxxxxx}, {@code 84xxxxxxxxx}, {@code 0084…} or
     * {@code +84…}, with spaces, dots, dashes or brackets (and the national {@code 0} some keep after {@code +84});
     * empty when it is not a phone number. What a Vietnamese number is, is {@link PhoneNumber}'s rule.
     */
    public static Optional<String> international(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.()-]", "");
        for (String prefix : new String[] {"+84", "0084", "84"}) {
            if (digits.startsWith(prefix)) {
                String rest = digits.substring(prefix.length());
                digits = rest.startsWith("0") ? rest : "0" + rest;
                break;
            }
        }
        return PhoneNumber.normalize(digits).map(national -> "+84" + national.substring(1));
    }
}
