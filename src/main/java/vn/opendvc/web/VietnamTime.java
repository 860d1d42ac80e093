package vn.opendvc.web;

import java.time.ZoneId;

/**
 * The one time zone of the portal: Vietnam ({@code Asia/Ho_Chi_Minh}, UTC+7 without daylight saving). Instants are
 * stored as they are; this zone is how they are shown and which calendar day they fall on (dossier codes, deadlines,
 * daily reports, indicators, PDF dates).
 * <p>
 * It lives in {@code web}, the shell every module already depends on, and not in {@code calendar}, which owns the
 * Vietnamese calendar: {@code calendar} itself depends on {@code web} (and may depend on nothing else), and
 * {@link DisplayTime} here needs the zone too, so placing it in {@code calendar} would make a cycle.
 */
public final class VietnamTime {

    /** For annotations, which need a constant string (e.g. a {@code @DefaultValue}). */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private VietnamTime() {
    }
}
