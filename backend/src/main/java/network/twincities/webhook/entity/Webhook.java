package network.twincities.webhook.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import network.twincities.platform.persistence.Tracked;

/** A caller's subscription: which events to POST to which URL, signed with which secret. */
@Entity
@Table(name = "webhook")
public class Webhook extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false, updatable = false)
    private String secret;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_subscription", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "event")
    private Set<String> events = new TreeSet<>();

    protected Webhook() {}

    public Webhook(String owner, String url, Set<String> events, WebhookSecret secret) {
        super(owner);
        this.uuid = UUID.randomUUID();
        this.owner = owner;
        this.secret = secret.text();
        change(url, events);
    }

    /** Points the webhook at another URL or other events. */
    public void change(String url, Set<String> events) {
        this.url = url;
        this.events = new TreeSet<>(events);
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    @Override
    public String resourceId() {
        return uuid.toString();
    }

    public String owner() {
        return owner;
    }

    public String url() {
        return url;
    }

    public Set<String> events() {
        return Set.copyOf(events);
    }

    public WebhookSecret secret() {
        return WebhookSecret.parse(secret).orElseThrow();
    }
}
