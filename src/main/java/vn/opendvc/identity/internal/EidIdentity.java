package vn.opendvc.identity.internal;

import java.time.LocalDate;

/** What the national e-ID asserts about a person; everything but the ID number may be {@code null}. */
public record EidIdentity(String personalId, String fullName, LocalDate dateOfBirth, String phone, String email) {

    @Override
    public String toString() {
        return "EidIdentity[***]";
    }
}
