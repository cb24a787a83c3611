package network.twincities.webhook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Caller;
import network.twincities.platform.write.Writable;
import network.twincities.webhook.control.WebhookEvents;
import network.twincities.webhook.control.WebhookTargets;
import network.twincities.webhook.entity.Webhook;
import network.twincities.webhook.entity.WebhookSecret;

/** Webhooks on the one write path: each caller's own (another's is not found). */
@ApplicationScoped
public class Webhooks implements Writable<Webhook, Webhooks.Fields, WebhookRepresentation> {

    static final int URL_MAX = 2000;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    IssuedSecret issued;

    /** The fields a client sets. */
    public record Fields(String url, Set<String> events, WebhookSecret secret) {}

    @Override
    public ResourceName resource() {
        return ResourceName.WEBHOOKS;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_WEBHOOKS;
    }

    /** The caller's webhook with this id; empty for another caller's and for anything but a UUID. */
    @Override
    public Optional<Webhook> find(String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> em.createQuery(
                                "SELECT w FROM Webhook w WHERE w.uuid = :uuid AND w.owner = :owner", Webhook.class)
                        .setParameter("uuid", uuid)
                        .setParameter("owner", caller.name())
                        .getResultStream()
                        .findFirst());
    }

    /** The caller's webhooks, oldest first. */
    public List<Webhook> mine() {
        return em.createQuery("SELECT w FROM Webhook w WHERE w.owner = :owner ORDER BY w.id", Webhook.class)
                .setParameter("owner", caller.name())
                .getResultList();
    }

    @Override
    public WebhookRepresentation represent(Webhook webhook) {
        return WebhookRepresentation.of(webhook);
    }

    @Override
    public Fields read(Input in, Webhook current) {
        if (current != null) {
            in.readOnly("id", current.resourceId());
            ReadOnly.check(in, represent(current));
        } else {
            in.readOnly("id", null);
        }
        String url = in.string("url", true, URL_MAX);
        if (url != null) {
            targets.refusal(url).ifPresent(why -> in.reject("url", why));
        }
        Set<String> events = events(in);
        WebhookSecret secret = null;
        if (in.has("secret")) {
            String text = in.string("secret", false, 200);
            secret = WebhookSecret.parse(text).orElse(null);
            if (text != null && secret == null) {
                in.reject(
                        "secret",
                        "must be whsec_ followed by the base64 of " + WebhookSecret.MIN_BYTES + " to "
                                + WebhookSecret.MAX_BYTES + " random bytes");
            }
        }
        return new Fields(url, events, secret);
    }

    private static Set<String> events(Input in) {
        var given = in.strings("events", 64, true);
        if (given == null) {
            return Set.of();
        }
        if (given.isEmpty()) {
            in.reject("events", "must name at least one event");
        }
        var events = new LinkedHashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            if (WebhookEvents.ALL.contains(given.get(i))) {
                events.add(given.get(i));
            } else {
                in.reject("events[" + i + "]", "must be one of " + String.join(", ", new TreeSet<>(WebhookEvents.ALL)));
            }
        }
        return events;
    }

    @Override
    public Webhook create(String id, Fields fields, String actor) {
        WebhookSecret secret = fields.secret();
        if (secret == null) {
            secret = WebhookSecret.generate();
            issued.issue(secret);
        }
        return new Webhook(actor, fields.url(), fields.events(), secret);
    }

    @Override
    public void update(Webhook webhook, Fields fields) {
        webhook.change(fields.url(), fields.events());
    }
}
