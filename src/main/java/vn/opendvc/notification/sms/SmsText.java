package vn.opendvc.notification.sms;

import java.text.Normalizer;
import java.util.Map;

/** How a text goes out over SMS: folded to ASCII when the brandname contract asks for it, and in how many parts. */
public final class SmsText {

    /** The GSM 03.38 default alphabet: one septet each. */
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Its extension table: an escape septet and the character, so two each. */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    /** Typography that has a plain ASCII look-alike; anything else outside ASCII becomes '?'. */
    private static final Map<Integer, String> ASCII_LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"), Map.entry((int) '‚', "'"), Map.entry((int) '`', "'"),
            Map.entry((int) '“', "\""), Map.entry((int) '”', "\""), Map.entry((int) '„', "\""),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '…', "..."),
            Map.entry((int) '€', "EUR"), Map.entry((int) '\t', " "), Map.entry(0x00A0, " "));

    private SmsText() {
    }

    /**
     * The text as sent. With {@code asciiOnly} (what most Vietnamese brandname contracts price and accept), Vietnamese
     * diacritics are removed ({@code đ→d}, {@code Đ→D}, the other marks by NFD decomposition) and the rest is made
     * plain ASCII; otherwise it is only composed (NFC), which keeps UCS-2 texts as short as they can be.
     */
    public static String forGateway(String text, boolean asciiOnly) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!asciiOnly) {
            return composed;
        }
        String unmarked = Normalizer.normalize(composed.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(unmarked.length());
        unmarked.codePoints().forEach(c -> {
            String lookAlike = ASCII_LOOK_ALIKES.get(c);
            if (lookAlike != null) {
                ascii.append(lookAlike);
            } else if (c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F) {
                ascii.append((char) c);
            } else if (!Character.isISOControl(c)) {
                ascii.append('?');
            }
        });
        return ascii.toString();
    }

    /**
     * The number of SMS the text is sent as: in the GSM 7-bit alphabet 160 characters fit one message and 153 each
     * part of a longer one (the extension characters such as € [ ] { } count two); any other character makes the
     * whole text UCS-2, 70 in one and 67 per part (counted in UTF-16 units, as UCS-2 carries them). An empty text is
     * still one message.
     */
    public static int segments(String text) {
        int septets = gsmSeptets(text);
        if (septets >= 0) {
            return parts(septets, 160, 153);
        }
        return parts(text.length(), 70, 67);
    }

    /** Septets of the text in the GSM alphabet, or -1 when a character is not in it. */
    private static int gsmSeptets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }

    private static int parts(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
