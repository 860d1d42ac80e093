package vn.opendvc.identity.web;

import vn.opendvc.identity.internal.BusinessRegistration;

/** The business registration form: the account fields and the business's name and tax code. */
public class BusinessForm extends AccountForm {

    private String businessName;
    private String taxCode;

    @Override
    BusinessRegistration toRegistration() {
        return new BusinessRegistration(getUsername(), getPassword(), businessName, taxCode, getPhone(), getEmail());
    }

    public String getBusinessName() { return businessName; }
    public void setBusinessName(String businessName) { this.businessName = businessName; }
    public String getTaxCode() { return taxCode; }
    public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
}
