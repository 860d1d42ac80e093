/**
 * Dossiers (hồ sơ): submission with form validation and attachments, the dossier code, the national status machine
 * with its history, supplements, withdrawal, deadlines from the working calendar, and the letters a one-stop office
 * issues. Every status change is recorded and published as {@link vn.opendvc.dossier.DossierStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers")
package vn.opendvc.dossier;
