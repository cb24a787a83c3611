/**
 * Operations' view of the API: a request id on every request (the {@code X-Request-Id} header, the
 * problem+json {@code instance}, the log lines), one key=value access log line per request, and
 * metrics in Prometheus text on an admin port of their own.
 */
package network.twincities.platform.observability;
