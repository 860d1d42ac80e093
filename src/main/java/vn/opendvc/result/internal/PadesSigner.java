package vn.opendvc.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.opendvc.files.Sha256;
import vn.opendvc.web.VietnamTime;

/**
 * PAdES baseline-B signatures: {@code /SubFilter /ETSI.CAdES.detached}, a detached CMS over the byte range with the
 * signed attributes content-type, message-digest and signing-certificate-v2 (no signing-time in the CMS: the time is
 * the {@code /M} entry of the signature dictionary), the signer's certificate chain embedded; saved incrementally.
 */
final class PadesSigner {

    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int SIGNATURE_SIZE = 24_000;

    byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setLocation("VN");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot sign the result", e);
        }
    }

    private static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(key))
                    .build(signer, key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return data.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot create the CMS signature", e);
        }
    }

    /** content-type, message-digest, CMS algorithm protection and signing-certificate-v2; never signing-time. */
    private static CMSAttributeTableGenerator signedAttributes(SigningKey key) throws GeneralSecurityException {
        byte[] certificateHash = Sha256.digest(key.certificate().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(
                        X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded()))),
                key.certificate().getSerialNumber());
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash, issuerSerial)})));
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(signingCertificate);
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
                new AttributeTable(vector));
        return (Map parameters) -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
