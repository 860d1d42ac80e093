/**
 * Electronic results (kết quả điện tử): the result document generated as a PDF with a QR code of its public
 * verification page and signed by the issuing agency (PAdES baseline-B), results an officer uploads already signed,
 * the public verification page {@code /verify/{id}}, and the citizen's document store (kho dữ liệu).
 * <p>
 * API: {@link vn.opendvc.result.Results}. This module knows nothing of dossiers: the dossier module calls it with a
 * {@link vn.opendvc.result.ResultRequest} or a {@link vn.opendvc.result.SignedResultUpload} and keeps the returned
 * verification id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Electronic results")
package vn.opendvc.result;
