package vn.opendvc.identity.web;

import vn.opendvc.identity.internal.BusinessRegistration;

/** The business registration form. */
public class BusinessForm {

    private String username;
    private String password;
    private String passwordConfirm;
    private String businessName;
    private String taxCode;
    private String phone;
    private String email;

    BusinessRegistration toRegistration() {
        return new BusinessRegistration(username, password, businessName, taxCode, phone, email);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirm() { return passwordConfirm; }
    public void setPasswordConfirm(String passwordConfirm) { this.passwordConfirm = passwordConfirm; }
    public String getBusinessName() { return businessName; }
    public void setBusinessName(String businessName) { this.businessName = businessName; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }

    @Override
    public String toString() {
        return "BusinessForm[***]";
    }
}
