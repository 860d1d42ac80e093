package vn.opendvc.identity.internal;

/**
 * What someone types to open their own account: the sign-in and contact fields every self-registration has, and, in
 * each kind, who the account holder is (a citizen by ID number, a business by tax code). Checked by
 * {@link AccountRegistry}.
 */
public sealed interface SelfRegistration permits CitizenRegistration, BusinessRegistration {

    String username();

    String password();

    String phone();

    String email();
}
