package vn.opendvc.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.opendvc.catalog.Procedure;
import vn.opendvc.dossier.Channel;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.dossier.DossierProblem;
import vn.opendvc.dossier.Dossiers;
import vn.opendvc.testing.ApplicationTest;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.OnMondayMorning;
import vn.opendvc.testing.StorageFolder;
import vn.opendvc.testing.UnsafeFiles;

/**
 * Each citizen's document store has a quota, in documents and in bytes ({@code opendvc.result.document-store.*});
 * an upload over it is refused with a 409 problem, and a dossier attachment that was also to be kept in a full store
 * is refused whole, leaving no file behind.
 */
@ApplicationTest
@OnMondayMorning
@TestPropertySource(properties = {"opendvc.result.document-store.max-documents=3",
        "opendvc.result.document-store.max-total=100KB"})
class DocumentStoreQuotaTest {

    @Autowired
    Results results;
    @Autowired
    Dossiers dossiers;
    @Autowired
    DossierFixture fixture;
    @Autowired
    MockMvc mvc;

    /** Owners of the store need no account row; ids far from the demo accounts keep each test's store its own. */
    private static long newOwner() {
        return 900_000_000L + new Random().nextInt(1_000_000);
    }

    /** A PNG of random pixels: it does not compress, so its size is about 3 bytes a pixel. */
    private static byte[] noise(int side) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theStoreTakesAsManyDocumentsAsTheQuotaAllowsAndNoMore() {
        long owner = newOwner();
        for (int i = 1; i <= 3; i++) {
            results.storeDocument(owner, "Giấy tờ " + i, UnsafeFiles.image("png"));
        }
        DocumentStoreFull full = catchThrowableOfType(DocumentStoreFull.class,
                () -> results.storeDocument(owner, "Giấy tờ 4", UnsafeFiles.image("png")));
        assertThat(full.reason().code()).isEqualTo("result.rejected.store-full.count");
        // issued results are the agencies' and do not count against the citizen's quota
        assertThat(results.issue(ResultSigningTest.birthCertificate(owner)).storeDocumentId()).isNotNull();
    }

    @Test
    void theStoreTakesAsManyBytesAsTheQuotaAllows() throws Exception {
        long owner = newOwner();
        byte[] large = noise(150); // about 67 KB
        assertThat(large.length).isBetween(51 * 1024, 99 * 1024);
        results.storeDocument(owner, "Ảnh lớn", large);
        DocumentStoreFull full = catchThrowableOfType(DocumentStoreFull.class,
                () -> results.storeDocument(owner, "Ảnh lớn nữa", large));
        assertThat(full.reason().code()).isEqualTo("result.rejected.store-full.bytes");
        results.storeDocument(owner, "Ảnh nhỏ", UnsafeFiles.image("png"));
    }

    @Test
    void theApiAnswersAFullStoreWith409AndAnAttachmentToKeepThereIsRefusedWhole() throws Exception {
        String token = fixture.token("congdan2");
        MvcResult last = null;
        for (int i = 0; i < 4; i++) {
            last = mvc.perform(multipart("/api/v1/me/documents")
                    .file(new MockMultipartFile("file", "anh.png", "image/png", UnsafeFiles.image("png")))
                    .header("Authorization", token)).andReturn();
            if (last.getResponse().getStatus() != 201) {
                break;
            }
        }
        assertThat(last.getResponse().getStatus()).isEqualTo(409);
        assertThat(last.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(fixture.body(last).get("type").asString())
                .isEqualTo("urn:opendvc:problem:document-store-full");

        Procedure birth = fixture.procedure(DossierFixture.BIRTH);
        Dossier draft = dossiers.createDraft(fixture.user("congdan2"), new Dossiers.NewDossier(birth.id(),
                DossierFixture.HAI_CHAU, DossierFixture.validForm(birth), Channel.ONLINE, null, null));
        Set<Path> before = StorageFolder.files();
        DossierProblem refused = catchThrowableOfType(DossierProblem.class, () -> dossiers.attach(
                fixture.user("congdan2"), draft.id(), birth.documents().getFirst().name(),
                new Dossiers.Upload("to-khai.pdf", DossierFixture.pdf()), true));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.detailMessage().code()).isEqualTo("result.rejected.store-full.count");
        assertThat(dossiers.find(fixture.user("congdan2"), draft.id()).orElseThrow().files()).isEmpty();
        assertThat(StorageFolder.since(before)).isEmpty();
    }
}
