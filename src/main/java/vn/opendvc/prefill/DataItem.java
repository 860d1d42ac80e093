package vn.opendvc.prefill;

/** The kinds of personal or business data a form field can be prefilled with. */
public enum DataItem {
    FULL_NAME, DATE_OF_BIRTH, GENDER, ID_NUMBER, PHONE, EMAIL, PERMANENT_ADDRESS, CURRENT_ADDRESS, HOMETOWN,
    ETHNICITY, NATIONALITY, TAX_CODE, BUSINESS_NAME, HEAD_OFFICE_ADDRESS, LEGAL_REPRESENTATIVE,
    LEGAL_REPRESENTATIVE_ID
}
