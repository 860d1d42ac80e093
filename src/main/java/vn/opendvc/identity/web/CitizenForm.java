package vn.opendvc.identity.web;

import vn.opendvc.identity.internal.CitizenRegistration;

/** The citizen registration form. */
public class CitizenForm {

    private String username;
    private String password;
    private String passwordConfirm;
    private String fullName;
    private String personalId;
    private String dateOfBirth;
    private String phone;
    private String email;

    CitizenRegistration toRegistration() {
        return new CitizenRegistration(username, password, fullName, personalId, dateOfBirth, phone, email);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPersonalId() { return personalId; }
    public void setPersonalId(String personalId) { this.personalId = personalId; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    @Override
    public String toString() {
        return "CitizenForm[***]";
    }
}
