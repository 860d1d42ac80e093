package vn.opendvc.files.internal;

/**
 * What may follow the end of a file's own structure: white space and zero bytes, which some writers add. Anything else
 * there is a second file riding on the first (a web page behind a picture, a script behind a PDF).
 */
final class Padding {

    /** True when nothing but padding follows {@code from}. */
    static boolean only(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            byte b = content[i];
            if (b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private Padding() {
    }
}
