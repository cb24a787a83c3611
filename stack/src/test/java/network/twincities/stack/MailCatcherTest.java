package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local run's mail catcher, the real GreenMail standalone jar the build copies into {@code
 * target/stack}: what is sent to its SMTP port can be read through its web API, and closing it ends
 * its process.
 */
class MailCatcherTest {

    @TempDir
    Path folder;

    @Test
    void catchesAnEmailAndShowsItOnTheWeb() throws Exception {
        Path jar = Path.of(System.getProperty("twincities.mail-catcher.jar"));
        int smtpPort = freePort();
        int webPort = freePort();
        var catcher = MailCatcher.launch(jar, smtpPort, webPort, folder.resolve("mail.log"));
        try {
            catcher.awaitReady(Duration.ofSeconds(60));

            send(smtpPort, "noreply@twincities.network", "admin.forum@twincities.example", "MoU submitted: Rehamna");

            var http = HttpClient.newHttpClient();
            var mailboxes = http.send(
                    HttpRequest.newBuilder(URI.create(catcher.webUrl() + "/api/user"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(mailboxes.statusCode()).isEqualTo(200);
            assertThat(mailboxes.body()).contains("admin.forum@twincities.example");
            var messages = http.send(
                    HttpRequest.newBuilder(URI.create(catcher.messagesUrl("admin.forum@twincities.example")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(messages.statusCode()).isEqualTo(200);
            assertThat(messages.body()).contains("\"subject\":\"MoU submitted: Rehamna\"");
        } finally {
            catcher.close();
        }
        assertThat(catcher.process().isAlive()).isFalse();
    }

    /** One plain e-mail by the SMTP dialogue itself (RFC 5321), as the backend and Keycloak send them. */
    static void send(int port, String from, String to, String subject) throws IOException {
        try (var socket = new Socket("127.0.0.1", port);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            socket.setSoTimeout(10_000);
            expect(in, "220");
            command(out, in, "HELO localhost", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            command(
                    out,
                    in,
                    "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n\r\nA test.\r\n.",
                    "250");
            command(out, in, "QUIT", "221");
        }
    }

    static void command(Writer out, BufferedReader in, String line, String reply) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        expect(in, reply);
    }

    static void expect(BufferedReader in, String reply) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("SMTP reply").isNotNull().startsWith(reply);
        } while (line.charAt(3) == '-');
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
