package vn.opendvc.agency;

/**
 * One agency (cơ quan).
 *
 * @param code       stable agency code, e.g. {@code DNG-HAICHAU}
 * @param level      {@code BO} ministry, {@code TINH} province, {@code SO} provincial department or centre, {@code XA} commune
 * @param kind       what the agency is, e.g. {@code XA}, {@code SO_TU_PHAP}; procedures name the kind that receives them
 * @param parentCode the agency above it, or {@code null} for a ministry or province
 */
public record Agency(String code, String name, String level, String kind, String parentCode) {
}
