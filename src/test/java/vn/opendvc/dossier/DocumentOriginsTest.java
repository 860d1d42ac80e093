package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The two document rules the indicators count, from a dossier's files or from its documents' sources alone. */
class DocumentOriginsTest {

    static DossierFile file(DossierFile.Kind kind, DossierFile.Source source) {
        return new DossierFile(1, kind, "Giấy tờ", "a.pdf", "application/pdf", 10, "00", source, null,
                Instant.EPOCH);
    }

    @Test
    void onlineDossiersAreDigitizedAndCounterOnesWhenADocumentWasScanned() {
        assertThat(DocumentOrigins.of(Channel.ONLINE, List.of())).isEqualTo(new DocumentOrigins(true, false));
        assertThat(DocumentOrigins.of(Channel.COUNTER, List.of(file(DossierFile.Kind.DOCUMENT,
                DossierFile.Source.UPLOADED)))).isEqualTo(new DocumentOrigins(false, false));
        assertThat(DocumentOrigins.of(Channel.POST, List.of(file(DossierFile.Kind.DOCUMENT,
                DossierFile.Source.UPLOADED), file(DossierFile.Kind.DOCUMENT, DossierFile.Source.DIGITIZED))))
                .isEqualTo(new DocumentOrigins(true, false));
    }

    @Test
    void aDocumentFromTheStoreIsReusedDataButOnlyDocumentsCount() {
        assertThat(DocumentOrigins.of(Channel.COUNTER, List.of(file(DossierFile.Kind.DOCUMENT,
                DossierFile.Source.FROM_STORE)))).isEqualTo(new DocumentOrigins(false, true));
        // results and letters are issued by the office: they say nothing about what the applicant brought
        assertThat(DocumentOrigins.of(Channel.COUNTER, List.of(file(DossierFile.Kind.RESULT,
                DossierFile.Source.DIGITIZED), file(DossierFile.Kind.RECEIPT, DossierFile.Source.FROM_STORE))))
                .isEqualTo(new DocumentOrigins(false, false));
    }

    @Test
    void theSourcesAloneGiveTheSameAnswerAsTheFiles() {
        for (Channel channel : Channel.values()) {
            for (DossierFile.Source a : DossierFile.Source.values()) {
                for (DossierFile.Source b : DossierFile.Source.values()) {
                    assertThat(DocumentOrigins.ofSources(channel, List.of(a, b))).isEqualTo(DocumentOrigins.of(
                            channel, List.of(file(DossierFile.Kind.DOCUMENT, a), file(DossierFile.Kind.DOCUMENT, b),
                                    file(DossierFile.Kind.APOLOGY, DossierFile.Source.ISSUED))));
                }
            }
        }
    }
}
