package vn.opendvc.pdf;

import java.time.Instant;

/**
 * The metadata of a document, as readers show it in the document's properties. Text is cleaned like the page text.
 *
 * @param title    the document's name
 * @param author   who issues it (the agency)
 * @param subject  what it is about, or {@code null}
 * @param created  when it was made; written in Vietnam time
 * @param language its language tag (e.g. {@code vi-VN}) for screen readers, or {@code null}
 */
public record PdfInfo(String title, String author, String subject, Instant created, String language) {
}
