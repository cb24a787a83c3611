package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Ctrl-C while the stack is still starting stops everything it started, even what was starting. */
class TwinCitiesStackTest {

    /** A part that is a real child process, as Keycloak and Payara are. */
    record Part(Process process) implements AutoCloseable {
        static Part sleeping() {
            try {
                return new Part(new ProcessBuilder("sleep", "300").start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            Processes.stop(process, Duration.ofSeconds(5));
        }
    }

    @Test
    void stoppingWhileAPartIsBeingLaunchedWaitsForItAndStopsItToo() throws Exception {
        var stack = new TwinCitiesStack();
        var first = stack.launch(Part::sleeping);
        var inLaunch = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var second = CompletableFuture.supplyAsync(() -> stack.launch(() -> {
            inLaunch.countDown();
            await(release);
            return Part.sleeping();
        }));
        assertThat(inLaunch.await(10, TimeUnit.SECONDS)).isTrue();

        var stopped = CompletableFuture.runAsync(stack::stop);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!stack.stopping() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(stack.stopping()).isTrue();
        assertThat(stopped).isNotDone(); // it waits for the launch in progress
        release.countDown();

        stopped.get(30, TimeUnit.SECONDS);
        var late = second.get(10, TimeUnit.SECONDS);
        assertThat(first.process().isAlive()).isFalse();
        assertThat(late.process().isAlive()).isFalse();
    }

    @Test
    void nothingIsLaunchedOnceStoppingHasBegun() {
        var stack = new TwinCitiesStack();
        stack.stop();
        var launched = new AtomicBoolean();
        assertThatThrownBy(() -> stack.launch(() -> {
                    launched.set(true);
                    return Part.sleeping();
                }))
                .isInstanceOf(TwinCitiesStack.StoppedWhileStarting.class);
        assertThat(launched).isFalse();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
