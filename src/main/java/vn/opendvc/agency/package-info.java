/**
 * The agency tree in the two-tier local government in force since 1 July 2025: ministries; provinces with their
 * departments, police, social insurance, tax and public administration service centre; communes and wards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package vn.opendvc.agency;
