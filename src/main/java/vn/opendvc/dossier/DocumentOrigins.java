package vn.opendvc.dossier;

import java.util.Collection;

/**
 * Where a dossier's documents came from, as the indicators count it — the one place these two rules live.
 *
 * @param digitized  the documents are held electronically: the dossier came through the portal (online or by an
 *                   agent), or at least one document was scanned at the counter ({@link DossierFile.Source#DIGITIZED})
 * @param reusedData at least one document was taken from the applicant's document store instead of uploaded again
 *                   ({@link DossierFile.Source#FROM_STORE})
 */
public record DocumentOrigins(boolean digitized, boolean reusedData) {

    /**
     * The origins of a dossier's documents from its channel and its files; only files of kind
     * {@link DossierFile.Kind#DOCUMENT} count (results and letters are issued by the office, not submitted).
     */
    public static DocumentOrigins of(Channel channel, Collection<DossierFile> files) {
        return ofSources(channel, files.stream().filter(f -> f.kind() == DossierFile.Kind.DOCUMENT)
                .map(DossierFile::source).toList());
    }

    /**
     * The same rules from the sources of the dossier's {@link DossierFile.Kind#DOCUMENT} files alone, for a reader
     * that does not load the files (any number of each source, in any order).
     */
    public static DocumentOrigins ofSources(Channel channel, Collection<DossierFile.Source> documentSources) {
        return new DocumentOrigins(
                channel.throughPortal() || documentSources.contains(DossierFile.Source.DIGITIZED),
                documentSources.contains(DossierFile.Source.FROM_STORE));
    }
}
