package vn.opendvc.result.internal;

/** What the public verification page may show of a holder: enough to recognise, too little to identify. */
public final class HolderMask {

    /** {@code Nguyễn Văn An} → {@code Nguyễn V** A*}: the family name, then each other word's first letter. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder masked = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            int first = word.offsetByCodePoints(0, 1);
            masked.append(' ').append(word, 0, first)
                    .append("*".repeat(word.codePointCount(first, word.length())));
        }
        return masked.toString();
    }

    /** {@code 048090001234} → {@code 0480******34}; numbers shorter than 7 characters are hidden entirely. */
    public static String idNumber(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.strip();
        if (n.length() < 7) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 4) + "*".repeat(n.length() - 6) + n.substring(n.length() - 2);
    }

    private HolderMask() {
    }
}
