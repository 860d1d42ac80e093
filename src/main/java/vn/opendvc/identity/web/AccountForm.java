package vn.opendvc.identity.web;

import vn.opendvc.identity.internal.SelfRegistration;

/**
 * What every self-registration form asks: the sign-in name, the password typed twice, and the contact details. The
 * citizen's and the business's forms add who the account holder is.
 */
public abstract class AccountForm {

    private String username;
    private String password;
    private String passwordConfirm;
    private String phone;
    private String email;

    abstract SelfRegistration toRegistration();

    /** A refused form comes back to the page: the passwords typed must not be written into it. */
    void forgetPasswords() {
        password = null;
        passwordConfirm = null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    /** Never the typed values (passwords, ID numbers) in a log line. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[***]";
    }
}
