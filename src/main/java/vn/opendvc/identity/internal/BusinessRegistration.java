package vn.opendvc.identity.internal;

/** What a business types to register; checked by {@link AccountRegistry}. */
public record BusinessRegistration(String username, String password, String businessName, String taxCode,
        String phone, String email) implements SelfRegistration {

    @Override
    public String toString() {
        return "BusinessRegistration[***]";
    }
}
