package vn.opendvc.dossier.letters;

/** One component of a received dossier: its name and how many copies (bản) were handed in, at least one. */
public record ReceivedDocument(String name, int copies) {

    public ReceivedDocument {
        name = Required.text(name, "document.name");
        if (copies < 1) {
            throw new IllegalArgumentException("document.copies must be at least 1, was " + copies);
        }
    }
}
