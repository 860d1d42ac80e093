package vn.opendvc.result;

/** One line of what the result certifies, e.g. {@code Họ, chữ đệm, tên → Nguyễn Minh Khang}. */
public record DeclaredField(String label, String value) {
}
