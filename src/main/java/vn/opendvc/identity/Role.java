package vn.opendvc.identity;

/** Roles; Spring Security authorities are {@code ROLE_<name>}, e.g. {@code hasRole('RECEIVER')}. */
public enum Role {
    /** Citizen (công dân). */
    CITIZEN,
    /** Business (doanh nghiệp). */
    BUSINESS,
    /** One-stop officer who receives dossiers (cán bộ một cửa). */
    RECEIVER,
    /** Specialist who processes dossiers (chuyên viên). */
    SPECIALIST,
    /** Leader who approves and signs (lãnh đạo). */
    LEADER,
    /** Post-office agent submitting on a citizen's behalf (đại lý bưu điện). */
    AGENT,
    /** Agency administrator (quản trị). */
    ADMIN,
    /** Leadership / monitoring of indicators (giám sát). */
    MONITOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles an officer account may hold. */
    public boolean isOfficerRole() {
        return this != CITIZEN && this != BUSINESS;
    }
}
