package network.twincities.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import network.twincities.stack.Processes;

/**
 * nginx (Debian's package) as a round-robin load balancer in front of several backend instances, with a
 * configuration of its own in a work folder, as an operator would put it in front of the replicas. Each
 * answer names the instance that served it in {@code X-Upstream}.
 */
public final class Nginx implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The nginx binary, when installed. */
    public static java.util.Optional<Path> binary() {
        return BINARIES.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts nginx on {@code port} in front of the backends on {@code upstreams} and waits until it answers. */
    public static Nginx start(Path work, int port, List<Integer> upstreams, Duration timeout) {
        var nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed"));
        try {
            Files.createDirectories(work.resolve("tmp"));
            Path config = work.resolve("nginx.conf");
            Files.writeString(config, config(work, port, upstreams));
            var process = new ProcessBuilder(
                            nginx.toString(),
                            "-e",
                            work.resolve("error.log").toString(),
                            "-p",
                            work.toString(),
                            "-c",
                            config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("nginx.out").toFile())
                    .start();
            var started = new Nginx(process, port);
            Processes.awaitHttp(
                    URI.create(started.baseUrl() + "/api/v1"),
                    s -> s == 200,
                    process,
                    timeout,
                    "nginx (log: " + work.resolve("error.log") + ")");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start nginx", e);
        }
    }

    static String config(Path work, int port, List<Integer> upstreams) {
        String servers = upstreams.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String tmp = work.resolve("tmp").toString();
        // as root, the workers would otherwise run as nobody, who may not write the work folder
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream backends {
                %3$s
                    keepalive 16;
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    client_max_body_size 25m;
                    location / {
                      proxy_pass http://backends;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      # an instance that is down: the request goes to the next one when nothing was sent yet
                      # (never a POST that may have reached it: its client retries, with its Idempotency-Key)
                      proxy_next_upstream error timeout http_502 http_503;
                      proxy_read_timeout 60s;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(work, tmp, servers, port);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }
}
