package vn.opendvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.catalog.ProcedureCatalog;
import vn.opendvc.identity.Accounts;
import vn.opendvc.identity.CurrentUser;
import vn.opendvc.testing.DossierFixture;

/** {@code opendvc.dossier.uploads.max-size} is enforced: a file over it is a 413 and is not stored. */
@SpringBootTest(properties = {
        "opendvc.dossier.uploads.max-size=1KB" })
@Tag("persistence")
class UploadLimitTest {

    @Autowired
    Dossiers dossiers;
    @Autowired
    Accounts accounts;
    @Autowired
    ProcedureCatalog catalog;

    @Test
    void aFileOverTheLimitIsRefusedWith413AndOneAtTheLimitIsAccepted() throws Exception {
        CurrentUser citizen = accounts.findByUsername("congdan1").orElseThrow();
        Procedure birth = catalog.findByCode("1.001193").orElseThrow();
        Dossier draft = dossiers.createDraft(citizen, new Dossiers.NewDossier(birth.id(), "DNG-HAICHAU",
                DossierFixture.validForm(birth), Channel.ONLINE, null, null));
        String document = birth.documents().getFirst().name();
        byte[] png = DossierUploadsTest.image("png");
        assertThat(png.length).isLessThan(1024);
        byte[] large = new byte[1025];
        System.arraycopy(png, 0, large, 0, png.length);

        DossierProblem problem = catchThrowableOfType(DossierProblem.class,
                () -> dossiers.attach(citizen, draft.id(), document, new Dossiers.Upload("lon.png", large)));
        assertThat(problem.getStatusCode().value()).isEqualTo(413);
        assertThat(dossiers.find(citizen, draft.id()).orElseThrow().files()).isEmpty();

        Dossier after = dossiers.attach(citizen, draft.id(), document, new Dossiers.Upload("nho.png", png));
        assertThat(after.files()).singleElement().satisfies(f -> assertThat(f.mediaType()).isEqualTo("image/png"));
    }
}
