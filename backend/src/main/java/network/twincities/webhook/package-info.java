/**
 * Webhooks: subscriptions of partner systems to the network's events, an outbox filled in the
 * transaction of each change, and signed deliveries (Standard Webhooks) retried with backoff.
 */
package network.twincities.webhook;
