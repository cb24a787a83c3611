package network.twincities.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Starting, awaiting and stopping the child processes of the stack. */
public final class Processes {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Processes() {}

    /**
     * Waits until {@code url} answers with a status that {@code ready} accepts.
     *
     * @throws IllegalStateException when the process dies or the time runs out
     */
    public static void awaitHttp(URI url, IntPredicate ready, Process process, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(
                        what + " exited with code " + process.exitValue() + " before it was ready");
            }
            try {
                var response = HTTP.send(
                        HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                lastStatus = response.statusCode();
                if (ready.test(lastStatus)) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
            sleep(500);
        }
        throw new IllegalStateException(
                what + " not ready after " + timeout.toSeconds() + " s (" + url + " last answered " + lastStatus + ")");
    }

    /** Stops a process and all of its descendants: politely first, then by force. */
    public static void stop(Process process, Duration grace) {
        if (process == null) {
            return;
        }
        var descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            for (var child : descendants) {
                child.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The resident memory of a process and its descendants in MiB, from /proc; -1 where unknown. */
    public static long residentMiB(Process process) {
        if (process == null || !process.isAlive()) {
            return -1;
        }
        long kib = residentKiB(process.pid());
        for (var child : process.descendants().toList()) {
            kib += Math.max(0, residentKiB(child.pid()));
        }
        return kib / 1024;
    }

    static long residentKiB(long pid) {
        try {
            for (var line :
                    java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
