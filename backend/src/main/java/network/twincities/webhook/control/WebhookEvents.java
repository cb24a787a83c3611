package network.twincities.webhook.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import network.twincities.audit.entity.AuditAction;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.platform.ResourceName;

/**
 * The events a webhook may subscribe to: {@code <kind>.created|updated|deleted} for each resource of the
 * network, and the steps of the MoU workflow ({@code mou.submitted}, {@code mou.signed}, ...).
 */
public final class WebhookEvents {

    /** The event prefix of each resource that has events. */
    static final Map<ResourceName, String> KINDS = new EnumMap<>(ResourceName.class);

    static {
        KINDS.put(ResourceName.TERRITORIES, "territory");
        KINDS.put(ResourceName.ORGANIZATIONS, "organization");
        KINDS.put(ResourceName.AXES, "axis");
        KINDS.put(ResourceName.EVENTS, "event");
        KINDS.put(ResourceName.MOUS, "mou");
        KINDS.put(ResourceName.BEST_PRACTICES, "best-practice");
        KINDS.put(ResourceName.PROJECTS, "project");
    }

    /** Every event there is, sorted. */
    public static final Set<String> ALL;

    static {
        var all = new TreeSet<String>();
        KINDS.values().forEach(kind -> {
            all.add(kind + ".created");
            all.add(kind + ".updated");
            all.add(kind + ".deleted");
        });
        for (var status : MemorandumStatus.values()) {
            if (status != MemorandumStatus.DRAFT) {
                all.add(step(status));
            }
        }
        ALL = Set.copyOf(all);
    }

    private WebhookEvents() {}

    /** The event of a change of a resource, if the resource has events. */
    static Optional<String> of(ResourceName resource, AuditAction action) {
        String kind = KINDS.get(resource);
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(
                switch (action) {
                    case CREATE -> kind + ".created";
                    case DELETE -> kind + ".deleted";
                    default -> kind + ".updated";
                });
    }

    /** The event of an MoU reaching a status: mou.submitted, mou.changes-requested, ... */
    static String step(MemorandumStatus status) {
        return "mou." + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
