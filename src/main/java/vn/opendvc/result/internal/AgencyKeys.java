package vn.opendvc.result.internal;

/** The signing key of an issuing agency. */
interface AgencyKeys {

    SigningKey keyFor(String agencyCode, String agencyName);
}
