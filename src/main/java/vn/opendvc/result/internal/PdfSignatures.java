package vn.opendvc.result.internal;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** Reads who signed a PDF: the subject of the certificate of its last signature. */
final class PdfSignatures {

    /** The signer certificate's subject (RFC 2253), or empty when the file is not a signed PDF. */
    static Optional<String> signerSubject(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                return Optional.empty();
            }
            CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
                List<X509CertificateHolder> certificates = List.copyOf(matches);
                if (!certificates.isEmpty()) {
                    X509Certificate certificate = new JcaX509CertificateConverter()
                            .getCertificate(certificates.getFirst());
                    return Optional.of(certificate.getSubjectX500Principal().getName());
                }
            }
            return Optional.empty();
        } catch (IOException | CMSException | CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private PdfSignatures() {
    }
}
