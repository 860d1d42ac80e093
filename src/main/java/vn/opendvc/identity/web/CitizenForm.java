package vn.opendvc.identity.web;

import vn.opendvc.identity.internal.CitizenRegistration;

/** The citizen registration form: the account fields and the citizen's name, ID number and date of birth. */
public class CitizenForm extends AccountForm {

    private String fullName;
    private String personalId;
    private String dateOfBirth;

    @Override
    CitizenRegistration toRegistration() {
        return new CitizenRegistration(getUsername(), getPassword(), fullName, personalId, dateOfBirth, getPhone(),
                getEmail());
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPersonalId() { return personalId; }
    public void setPersonalId(String personalId) { this.personalId = personalId; }
    public String getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
}
