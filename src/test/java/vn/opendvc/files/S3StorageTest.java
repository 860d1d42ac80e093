package vn.opendvc.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.opendvc.dossier.Dossier;
import vn.opendvc.testing.DossierFixture;
import vn.opendvc.testing.S3Server;
import vn.opendvc.testing.StorageFolder;
import vn.opendvc.testing.UnsafeFiles;

/**
 * The application with its files in S3-compatible storage ({@code opendvc.storage.kind=s3}) on a real S3 server: an
 * upload through the API lands in the bucket, not on the node's disk, and is read back through the API; the orphan
 * sweeper's test (inherited) runs against the bucket.
 */
class S3StorageTest extends OrphanSweeperTest {

    static final String BUCKET = S3Server.get().newBucket("application");

    @DynamicPropertySource
    static void filesInTheBucket(DynamicPropertyRegistry registry) {
        S3Server.get().properties(BUCKET).forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    MockMvc mvc;

    @Test
    void anUploadThroughTheApiIsKeptInTheBucketAndReadBack() throws Exception {
        Dossier draft = fixture.draft("congdan1", DossierFixture.BIRTH);
        Set<String> before = new HashSet<>(S3Server.get().objects(BUCKET));
        Set<Path> onDiskBefore = StorageFolder.files();
        byte[] photo = UnsafeFiles.image("png");

        JsonNode attached = fixture.body(mvc.perform(multipart("/api/v1/dossiers/{id}/files", draft.id())
                .file(new MockMultipartFile("file", "anh.png", "image/png", photo))
                .param("document", "Tờ khai đăng ký khai sinh theo mẫu")
                .header("Authorization", fixture.token("congdan1"))).andExpect(status().isOk()).andReturn());

        Set<String> added = new HashSet<>(S3Server.get().objects(BUCKET));
        added.removeAll(before);
        assertThat(added).hasSize(1);
        assertThat(StorageFolder.since(onDiskBefore)).isEmpty();
        long fileId = -1;
        for (JsonNode file : attached.get("files")) {
            if ("anh.png".equals(file.get("fileName").asString())) {
                fileId = file.get("id").asLong();
            }
        }
        byte[] downloaded = mvc.perform(get("/api/v1/dossiers/{id}/files/{fileId}", draft.id(), fileId)
                .header("Authorization", fixture.token("congdan1"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(photo);
    }
}
