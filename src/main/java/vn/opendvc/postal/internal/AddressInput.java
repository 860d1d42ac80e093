package vn.opendvc.postal.internal;

import java.util.Map;

import vn.opendvc.identity.PhoneNumber;
import vn.opendvc.web.Message;

/**
 * An address as typed (a JSON body or a form): who, their phone, the street (house number, street, hamlet) and the
 * commune or ward by code; the province follows from the commune. Every text given must fit its column, whatever the
 * method chosen.
 *
 * @param nameField how the request names the person ({@code recipientName} for a delivery, {@code name} for a
 *                  collection), for the field errors
 */
public record AddressInput(String nameField, String name, String phone, String street, String communeCode) {

    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 20;
    static final int MAX_STREET = 200;
    static final int MAX_CODE = 64;

    /** Texts too long for their field, whether or not the address is needed. */
    void checkLengths(Map<String, Message> errors) {
        tooLong(errors, nameField, name, MAX_NAME);
        tooLong(errors, "phone", phone, MAX_PHONE);
        tooLong(errors, "street", street, MAX_STREET);
        tooLong(errors, "communeCode", communeCode, MAX_CODE);
    }

    /** The address, complete and known; {@code null} with the reasons in {@code errors} otherwise. */
    ShipmentOrders.Address check(PostalAddresses addresses, Map<String, Message> errors) {
        checkLengths(errors);
        String phoneNumber = PhoneNumber.normalize(phone).orElse(null);
        if (blank(name)) {
            errors.putIfAbsent(nameField, Message.of("postal.field.required"));
        }
        if (blank(phone)) {
            errors.putIfAbsent("phone", Message.of("postal.field.required"));
        } else if (phoneNumber == null) {
            errors.putIfAbsent("phone", Message.of("postal.field.phone.invalid"));
        }
        if (blank(street)) {
            errors.putIfAbsent("street", Message.of("postal.field.required"));
        }
        PostalAddresses.Commune commune = null;
        if (blank(communeCode)) {
            errors.putIfAbsent("communeCode", Message.of("postal.field.required"));
        } else if (communeCode.strip().length() <= MAX_CODE) {
            commune = addresses.commune(communeCode).orElse(null);
            if (commune == null) {
                errors.putIfAbsent("communeCode", Message.of("postal.field.commune.unknown"));
            }
        }
        return errors.isEmpty() ? new ShipmentOrders.Address(name.strip(), phoneNumber, street.strip(), commune) : null;
    }

    private static void tooLong(Map<String, Message> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, Message.of("postal.field.too-long", max));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
