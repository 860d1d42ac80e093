/**
 * The portal's small PDF kit, shared by the dossier letters, the payment receipts and the electronic results: the
 * embedded DejaVu Sans fonts ({@link vn.opendvc.pdf.PdfFonts}), text cleaned and wrapped to a width, and A4 pages
 * written top to bottom with page breaks, page numbers and document metadata ({@link vn.opendvc.pdf.PdfPages}).
 * Each document keeps its own layout (headings, fields, signature blocks); this module only puts text on pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PDF kit")
package vn.opendvc.pdf;
