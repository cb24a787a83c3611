package network.twincities.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The local run's mail catcher: GreenMail standalone (from Maven Central) in a process of its own. It
 * takes every e-mail sent to its SMTP port on this machine, for any address, without login, keeps it
 * in memory while it runs, and shows it through its web API: {@code /api/user} lists the mailboxes,
 * {@code /api/user/<address>/messages/} the e-mails of one. Nothing is sent on.
 */
public final class MailCatcher implements AutoCloseable {

    private final Process process;
    private final int smtpPort;
    private final int webPort;
    private final Path log;

    private MailCatcher(Process process, int smtpPort, int webPort, Path log) {
        this.process = process;
        this.smtpPort = smtpPort;
        this.webPort = webPort;
        this.log = log;
    }

    /**
     * Starts GreenMail, without waiting for it; both ports are bound to 127.0.0.1 only.
     *
     * @param jar the {@code greenmail-standalone} jar
     * @param smtpPort where it takes e-mails
     * @param webPort where its web API shows them
     * @param log where its output goes
     */
    public static MailCatcher launch(Path jar, int smtpPort, int webPort, Path log) {
        try {
            Files.createDirectories(log.getParent());
            var command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Dgreenmail.smtp.hostname=127.0.0.1",
                    "-Dgreenmail.smtp.port=" + smtpPort,
                    "-Dgreenmail.api.hostname=127.0.0.1",
                    "-Dgreenmail.api.port=" + webPort,
                    // any sender and any address: a mailbox is made for each address on its first e-mail
                    "-Dgreenmail.auth.disabled",
                    "-jar",
                    jar.toString());
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new MailCatcher(process, smtpPort, webPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the mail catcher", e);
        }
    }

    /** Returns once it takes e-mails; throws if it exits or the time runs out. */
    public void awaitReady(Duration timeout) {
        Processes.awaitHttp(
                URI.create(webUrl() + "/api/service/readiness"),
                status -> status == 200,
                process,
                timeout,
                "GreenMail (log: " + log + ")");
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Its web API: the mailboxes at {@code /api/user}. */
    public String webUrl() {
        return "http://localhost:" + webPort;
    }

    /** Where the e-mails sent to {@code address} can be read, as JSON. */
    public String messagesUrl(String address) {
        return webUrl() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/";
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }
}
