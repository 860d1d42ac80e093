package vn.opendvc.identity;

/** What an account stands for. */
public enum AccountKind {
    /** A citizen (công dân), identified by the 12-digit personal ID number. */
    CITIZEN,
    /** A business (doanh nghiệp), identified by its tax code. */
    BUSINESS,
    /** A public officer (cán bộ), bound to one agency. */
    OFFICER
}
