package network.twincities.memorandum;

import static network.twincities.memorandum.MouFixtures.admin;
import static network.twincities.memorandum.MouFixtures.casablanca;
import static network.twincities.memorandum.MouFixtures.mouIn;
import static network.twincities.memorandum.MouFixtures.url;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import org.junit.jupiter.api.Test;

/** The signed document of an MoU: a real PDF of at most 20 MiB goes in, and comes back byte for byte. */
@SystemTest
class MemorandumDocumentIT {

    static final int MAX = 20 * 1024 * 1024;
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        bytes[size / 2] = (byte) 0xE2; // binary content, as real PDFs have
        return bytes;
    }

    /** PUT /mous/{id}/document with this content type and body. */
    static HttpResponse<String> put(String id, String token, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(url(id) + "/document"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    static HttpResponse<byte[]> download(String id, String token) {
        var request = HttpRequest.newBuilder(URI.create(url(id) + "/document"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPdfGoesInAndComesBackByteForByte() {
        String id = mouIn("SIGNED");
        assertThat(download(id, admin()).statusCode()).as("none yet").isEqualTo(404);
        byte[] document = pdf(300_000);
        var response = put(id, casablanca(), "application/pdf", document);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var facts = Http.object(response).getJsonObject("document");
        assertThat(facts.getInt("size")).isEqualTo(document.length);
        assertThat(facts.getString("uploadedBy")).isEqualTo("official.casablanca");
        var back = download(id, MouFixtures.newYork());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(back.body()).isEqualTo(document);

        // a new upload replaces it
        byte[] replaced = pdf(1_000);
        assertThat(put(id, admin(), "application/pdf", replaced).statusCode()).isEqualTo(200);
        assertThat(download(id, admin()).body()).isEqualTo(replaced);
    }

    @Test
    void twentyMebibytesAreAcceptedOneByteMoreIs413() {
        String id = mouIn("SIGNED");
        var tooLarge = put(id, admin(), "application/pdf", pdf(MAX + 1));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(download(id, admin()).statusCode()).as("nothing stored").isEqualTo(404);
        var largest = put(id, admin(), "application/pdf", pdf(MAX));
        assertThat(largest.statusCode()).as(largest.body()).isEqualTo(200);
        assertThat(download(id, admin()).body()).hasSize(MAX);
    }

    @Test
    void whatIsNoPdfIs415() {
        String id = mouIn("SIGNED");
        var before = Http.get(url(id), admin());
        byte[] text = "just some text, not a PDF".getBytes(StandardCharsets.UTF_8);
        for (var attempt : new Object[][] {
            {"text/plain", pdf(1_000)},
            {"application/json", "{}".getBytes(StandardCharsets.UTF_8)},
            {"application/pdf", text},
            {"application/pdf", "%PDF".getBytes(StandardCharsets.ISO_8859_1)},
            {"application/pdf", "<html>%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1)}
        }) {
            var response = put(id, admin(), (String) attempt[0], (byte[]) attempt[1]);
            assertThat(response.statusCode())
                    .as(attempt[0] + ": " + response.body())
                    .isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(download(id, admin()).statusCode()).isEqualTo(404);
        assertThat(Http.get(url(id), admin()).body()).isEqualTo(before.body());
    }
}
