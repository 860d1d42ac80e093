import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo users driving dossiers through the API, as LifecycleBench and SubmissionBench do: tokens from
 * {@code /api/v1/auth/token}, the birth registration (1.001193) at Hải Châu, a submission (create, the required
 * documents uploaded as small PDFs, submit) and officers' actions.
 */
final class DossierClient {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern REQUIRED_DOCUMENT = Pattern.compile("\\{\"name\":\"([^\"]+)\",\"required\":true\\}");
    /** Uploads of a submission: the procedure's required documents, taken in turn. */
    static final int UPLOADS = 3;
    /** The smallest PDF the uploads accept: they are checked by content. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final Map<String, String> tokens = new HashMap<>();
    private long procedureId;
    private final List<String> documents = new ArrayList<>();

    /** Signs {@code users} in (password Demo@123) and reads the procedure's required documents. */
    DossierClient(String api, List<String> users) throws Exception {
        this.api = api;
        for (String user : users) {
            String body = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"Demo@123\"}")));
            tokens.put(user, "Bearer " + group(TOKEN, body));
        }
        String found = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/procedures?q=1.001193")).GET());
        procedureId = Long.parseLong(group(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), found));
        String procedure = send(HttpRequest.newBuilder(URI.create(api + "/api/v1/procedures/" + procedureId)).GET());
        Matcher m = REQUIRED_DOCUMENT.matcher(procedure);
        while (m.find()) {
            documents.add(m.group(1));
        }
    }

    /** Create, {@link #UPLOADS} uploads, submit (5 requests); returns the dossier's id once the submit is answered. */
    long submit(String citizen) throws Exception {
        String created = send(as(citizen, "/api/v1/dossiers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"procedureId\":" + procedureId
                        + ",\"agencyCode\":\"DNG-HAICHAU\",\"formData\":{\"hoTenTre\":\"Nguyễn Minh Khang\","
                        + "\"ngaySinh\":\"2026-11-10\",\"gioiTinh\":\"Nam\",\"noiSinh\":\"Bệnh viện Phụ sản - Nhi Đà Nẵng\","
                        + "\"queQuan\":\"Hải Châu, Đà Nẵng\",\"danToc\":\"Kinh\",\"soDienThoai\":\"0905123456\"}}")));
        long id = Long.parseLong(group(ID, created));
        for (int i = 0; i < UPLOADS; i++) {
            upload(citizen, id, documents.get(i % documents.size()));
        }
        send(as(citizen, "/api/v1/dossiers/" + id + "/submit").POST(HttpRequest.BodyPublishers.noBody()));
        return id;
    }

    void act(String user, long id, String action) throws Exception {
        send(as(user, "/api/v1/dossiers/" + id + "/actions/" + action).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    private void upload(String citizen, long id, String document) throws Exception {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n" + document
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-to.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PDF);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        send(as(citizen, "/api/v1/dossiers/" + id + "/files")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder as(String user, String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", tokens.get(user))
                .timeout(Duration.ofSeconds(60));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.uri() + ": " + response.body());
        }
        return response.body();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }
}
