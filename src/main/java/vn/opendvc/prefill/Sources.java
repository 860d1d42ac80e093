package vn.opendvc.prefill;

/** Source codes of prefilled values; pages show them through the messages {@code prefill.source.<code>}. */
public final class Sources {

    /** What the account holder declared in their profile (not verified). */
    public static final String PROFILE = "PROFILE";
    /** Identity verified by signing in with the national e-ID. */
    public static final String EID = "EID";
    /** The national population database (Cơ sở dữ liệu quốc gia về dân cư). */
    public static final String POPULATION = "POPULATION";
    /** The national business registration database (Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp). */
    public static final String BUSINESS_REGISTRY = "BUSINESS_REGISTRY";

    private Sources() {
    }
}
