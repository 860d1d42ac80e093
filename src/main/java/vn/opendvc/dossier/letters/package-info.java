/**
 * The official letters a one-stop office issues on a dossier, as A4 PDF files in Vietnamese: the receipt with the
 * promised date ({@link vn.opendvc.dossier.letters.Receipt}), the single supplement request listing everything
 * missing ({@link vn.opendvc.dossier.letters.SupplementRequest}), the refusal with its reasons
 * ({@link vn.opendvc.dossier.letters.Refusal}) and the apology with a new promised date
 * ({@link vn.opendvc.dossier.letters.ApologyLetter}). {@link vn.opendvc.dossier.letters.LetterPdfs} renders them.
 * <p>
 * Depends only on the PDF kit ({@link vn.opendvc.pdf.PdfPages}) and the Vietnam time zone of the web shell, never on
 * the rest of the dossier module. Text is set in DejaVu Sans (shipped under {@code fonts/}, Bitstream Vera / DejaVu
 * licence), embedded as a subset so that Vietnamese diacritics render and extract everywhere. Instants are shown in
 * {@code Asia/Ho_Chi_Minh}.
 */
package vn.opendvc.dossier.letters;
