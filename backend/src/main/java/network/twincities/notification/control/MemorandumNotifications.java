package network.twincities.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import network.twincities.memorandum.control.MemorandumExpiring;
import network.twincities.memorandum.control.MemorandumMoved;
import network.twincities.notification.entity.Audience;
import network.twincities.platform.ResourceName;
import network.twincities.platform.Roles;
import network.twincities.platform.text.LocalizedText;

/**
 * Tells the people concerned of each step of an MoU, in the transaction of the step: a submitted MoU
 * the forum administrators; an approved, sent back or rejected one the officials of its party
 * territories; a signed one both; a terminated or expired one, and one that expires soon, the parties.
 */
@ApplicationScoped
public class MemorandumNotifications {

    @Inject
    Notifications notifications;

    void moved(@Observes MemorandumMoved move) {
        String ref = move.reference();
        String why = move.reason() == null ? "" : ": " + move.reason();
        switch (move.to()) {
            case SUBMITTED ->
                send(
                        move.id(),
                        admins(),
                        "mou.submitted",
                        new LocalizedText(
                                "The MoU " + ref + " was submitted for approval.",
                                "Le protocole d'accord " + ref + " a été soumis pour approbation.",
                                "تم تقديم مذكرة التفاهم " + ref + " للموافقة."));
            case APPROVED ->
                send(
                        move.id(),
                        parties(move.territories()),
                        "mou.approved",
                        new LocalizedText(
                                "The MoU " + ref + " was approved: it can be signed.",
                                "Le protocole d'accord " + ref + " a été approuvé : il peut être signé.",
                                "تمت الموافقة على مذكرة التفاهم " + ref + "، ويمكن توقيعها."));
            case CHANGES_REQUESTED ->
                send(
                        move.id(),
                        parties(move.territories()),
                        "mou.changes-requested",
                        new LocalizedText(
                                "Changes were requested on the MoU " + ref + why,
                                "Des modifications ont été demandées sur le protocole d'accord " + ref + why,
                                "طُلبت تعديلات على مذكرة التفاهم " + ref + why));
            case REJECTED ->
                send(
                        move.id(),
                        parties(move.territories()),
                        "mou.rejected",
                        new LocalizedText(
                                "The MoU " + ref + " was rejected" + why,
                                "Le protocole d'accord " + ref + " a été rejeté" + why,
                                "تم رفض مذكرة التفاهم " + ref + why));
            case SIGNED -> {
                var everyone = new LinkedHashSet<>(admins());
                everyone.addAll(parties(move.territories()));
                send(
                        move.id(),
                        everyone,
                        "mou.signed",
                        new LocalizedText(
                                "The MoU " + ref + " is signed by every signatory.",
                                "Le protocole d'accord " + ref + " est signé par tous les signataires.",
                                "تم توقيع مذكرة التفاهم " + ref + " من قبل جميع الموقعين."));
            }
            case TERMINATED ->
                send(
                        move.id(),
                        parties(move.territories()),
                        "mou.terminated",
                        new LocalizedText(
                                "The MoU " + ref + " was terminated" + why,
                                "Le protocole d'accord " + ref + " a été résilié" + why,
                                "تم إنهاء مذكرة التفاهم " + ref + why));
            case EXPIRED ->
                send(
                        move.id(),
                        parties(move.territories()),
                        "mou.expired",
                        new LocalizedText(
                                "The MoU " + ref + " has expired (it ran until " + move.expiresOn() + ").",
                                "Le protocole d'accord " + ref + " a expiré (il courait jusqu'au " + move.expiresOn()
                                        + ").",
                                "انتهت صلاحية مذكرة التفاهم " + ref + " (كانت سارية حتى " + move.expiresOn() + ")."));
            default -> {}
        }
    }

    void expiring(@Observes MemorandumExpiring soon) {
        String ref = soon.reference();
        var date = soon.expiresOn();
        long days = soon.daysLeft();
        send(
                soon.id(),
                parties(soon.territories()),
                "mou.expiring-" + soon.reminder(),
                new LocalizedText(
                        "The MoU " + ref + " expires on " + date + ", in " + days + " days.",
                        "Le protocole d'accord " + ref + " expire le " + date + ", dans " + days + " jours.",
                        "تنتهي صلاحية مذكرة التفاهم " + ref + " في " + date + "، بعد " + days + " يومًا."));
    }

    private void send(String id, Set<Audience> audiences, String kind, LocalizedText text) {
        notifications.notify(audiences, kind, ResourceName.MOUS, id, "TwinCities Network: " + text.en(), text);
    }

    private static Set<Audience> admins() {
        return Set.of(Audience.role(Roles.FORUM_ADMIN));
    }

    private static Set<Audience> parties(Set<String> territories) {
        var audiences = new LinkedHashSet<Audience>();
        territories.forEach(slug -> audiences.add(Audience.territory(slug)));
        return audiences;
    }
}
