package vn.opendvc.result;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/** An independent check of a PDF signature with PDFBox and Bouncy Castle, as a verifier elsewhere would do it. */
record PdfSignatureCheck(boolean signatureValid, boolean coversWholeFile, String subFilter,
        X509Certificate signer, List<X509Certificate> certificates, AttributeTable signedAttributes) {

    static PdfSignatureCheck of(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                throw new AssertionError("no signature");
            }
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent),
                    signature.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate signer = converter.getCertificate(matches.iterator().next());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            List<X509Certificate> certificates = all.stream().map(h -> {
                try {
                    return converter.getCertificate(h);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            boolean valid;
            try {
                valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
            } catch (org.bouncycastle.cms.CMSException mismatch) {
                valid = false;
            }
            return new PdfSignatureCheck(valid, whole, signature.getSubFilter(), signer, certificates,
                    info.getSignedAttributes());
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }
}
