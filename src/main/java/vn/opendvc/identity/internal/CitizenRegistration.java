package vn.opendvc.identity.internal;

/** What a citizen types to register; checked by {@link AccountRegistry}. */
public record CitizenRegistration(String username, String password, String fullName, String personalId,
        String dateOfBirth, String phone, String email) implements SelfRegistration {

    @Override
    public String toString() {
        return "CitizenRegistration[***]";
    }
}
