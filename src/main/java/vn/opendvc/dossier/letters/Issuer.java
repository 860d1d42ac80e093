package vn.opendvc.dossier.letters;

/**
 * Who issues a letter and where: the agency's name as printed at the top left and as the PDF author (for example
 * "Trung tâm Phục vụ hành chính công thành phố Đà Nẵng"), and the place printed before the date ("Đà Nẵng").
 */
public record Issuer(String agencyName, String place) {

    public Issuer {
        agencyName = Required.text(agencyName, "issuer.agencyName");
        place = Required.text(place, "issuer.place");
    }
}
