package vn.opendvc.payment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** VND amounts: the discount rounding rule and the Vietnamese way of writing amounts. */
public final class Money {

    private Money() {
    }

    /** {@code amount × percent / 100}, rounded half up to the đồng (e.g. 15% of 12.345 đ = 1.851,75 → 1.852 đ). */
    public static long percentOf(long amountVnd, int percent) {
        return BigDecimal.valueOf(amountVnd).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code 1250000} → {@code 1.250.000 đ}. */
    public static String vnd(long amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount) + " đ";
    }

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    /** The amount in Vietnamese words as on a receipt: {@code 25500} → {@code Hai mươi lăm nghìn năm trăm đồng}. */
    public static String inWords(long amount) {
        if (amount == 0) {
            return "Không đồng";
        }
        StringBuilder words = new StringBuilder();
        int group = 0;
        long rest = amount;
        while (rest > 0) {
            int three = (int) (rest % 1000);
            rest /= 1000;
            if (three > 0) {
                String part = three(three, rest > 0) + GROUPS[group];
                words.insert(0, words.isEmpty() ? part : part + " ");
            }
            group++;
        }
        String text = words.toString().strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
    }

    private static String three(int n, boolean hasHigher) {
        int hundreds = n / 100;
        int tens = (n / 10) % 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0 || hasHigher) {
            s.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens > 1) {
            s.append(' ').append(DIGITS[tens]).append(" mươi");
        } else if (tens == 1) {
            s.append(" mười");
        } else if (units > 0 && (hundreds > 0 || hasHigher)) {
            s.append(" lẻ");
        }
        if (units > 0) {
            String unit = DIGITS[units];
            if (units == 1 && tens > 1) {
                unit = "mốt";
            } else if (units == 5 && tens > 0) {
                unit = "lăm";
            } else if (units == 4 && tens > 1) {
                unit = "tư";
            }
            s.append(' ').append(unit);
        }
        return s.toString().strip();
    }
}
