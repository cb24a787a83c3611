package network.twincities.notification;

import static network.twincities.notification.Notified.about;
import static network.twincities.notification.Notified.act;
import static network.twincities.notification.Notified.admin;
import static network.twincities.notification.Notified.casablanca;
import static network.twincities.notification.Notified.draft;
import static network.twincities.notification.Notified.kinds;
import static network.twincities.notification.Notified.newYork;
import static network.twincities.notification.Notified.newest;
import static network.twincities.notification.Notified.ok;
import static network.twincities.notification.Notified.reason;
import static network.twincities.notification.Notified.reference;
import static network.twincities.notification.Notified.rehamna;
import static network.twincities.notification.Notified.signature;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.TestStack;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * Each step of an MoU tells the people concerned, through {@code /notifications} with the real tokens of
 * the forum administrator and the officials, and by e-mail to the configured addresses (GreenMail):
 * submitted → forum administrators; approved, sent back, rejected → the parties' officials; signed →
 * both; terminated → the parties. Each caller marks its own read; another's is a 404.
 */
@SystemTest
class NotificationIT {

    @Test
    void everyStepTellsThePeopleConcerned() {
        String reference = reference();
        String id = draft(reference);
        assertThat(kinds(admin(), id)).isEmpty();

        ok(act(id, "submit", null, casablanca()));
        assertThat(kinds(admin(), id)).containsExactly("mou.submitted");
        assertThat(kinds(casablanca(), id)).isEmpty();
        var submitted = about(admin(), id).get(0);
        assertThat(submitted.getString("id")).matches("[0-9a-f-]{36}");
        assertThat(submitted.getString("at")).endsWith("Z");
        assertThat(submitted.getBoolean("read")).isFalse();
        var text = submitted.getJsonObject("text");
        assertThat(text.getString("en")).contains(reference).contains("submitted");
        assertThat(text.getString("fr")).contains(reference).contains("soumis");
        assertThat(text.getString("ar")).contains(reference).contains("مذكرة التفاهم");

        ok(act(id, "request-changes", reason("Name the coordinating party."), admin()));
        for (String official : List.of(casablanca(), rehamna())) {
            assertThat(kinds(official, id)).containsExactly("mou.changes-requested");
        }
        assertThat(about(rehamna(), id).get(0).getJsonObject("text").getString("en"))
                .contains(reference)
                .contains("Name the coordinating party.");
        assertThat(kinds(admin(), id)).containsExactly("mou.submitted");

        ok(act(id, "submit", null, casablanca()));
        ok(act(id, "approve", null, admin()));
        // a signature that does not complete the MoU is no step: nobody is told
        ok(act(id, "signatures", signature("casablanca-settat"), casablanca()));
        ok(act(id, "signatures", signature("rehamna"), rehamna()));
        assertThat(kinds(casablanca(), id)).containsExactly("mou.changes-requested", "mou.approved");
        ok(act(id, "signatures", signature("world-smart-cities-forum"), admin()));

        assertThat(kinds(admin(), id)).containsExactly("mou.submitted", "mou.submitted", "mou.signed");
        for (String official : List.of(casablanca(), rehamna())) {
            assertThat(kinds(official, id)).containsExactly("mou.changes-requested", "mou.approved", "mou.signed");
        }

        ok(act(id, "terminate", reason("Superseded by a new MoU."), admin()));
        assertThat(kinds(rehamna(), id)).endsWith("mou.signed", "mou.terminated");
        assertThat(kinds(admin(), id)).doesNotContain("mou.terminated");
        // New York is no party: it hears of none of it
        assertThat(kinds(newYork(), id)).isEmpty();
    }

    @Test
    void aRejectionTellsTheParties() {
        String id = draft(reference());
        ok(act(id, "submit", null, casablanca()));
        ok(act(id, "reject", reason("Out of the initiative's scope."), admin()));
        assertThat(kinds(casablanca(), id)).containsExactly("mou.rejected");
        assertThat(kinds(rehamna(), id)).containsExactly("mou.rejected");
        assertThat(about(casablanca(), id).get(0).getJsonObject("text").getString("fr"))
                .contains("rejeté")
                .contains("Out of the initiative's scope.");
    }

    @Test
    void eachCallerMarksItsOwnRead() {
        String id = draft(reference());
        ok(act(id, "submit", null, casablanca()));
        ok(act(id, "approve", null, admin()));
        String mine = about(casablanca(), id).get(0).getString("id");
        String rehamnas = about(rehamna(), id).get(0).getString("id");
        assertThat(mine).isNotEqualTo(rehamnas);
        assertThat(newest(casablanca(), "&unread=true"))
                .anyMatch(n -> n.getString("id").equals(mine));

        var read = Http.postJson(Urls.api() + "/notifications/" + mine + "/read", null, casablanca());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Http.object(read).getBoolean("read")).isTrue();
        assertThat(Http.object(read).getString("id")).isEqualTo(mine);
        // again: still read, nothing else changes
        assertThat(Http.postJson(Urls.api() + "/notifications/" + mine + "/read", null, casablanca())
                        .statusCode())
                .isEqualTo(200);
        assertThat(about(casablanca(), id).get(0).getBoolean("read")).isTrue();
        assertThat(newest(casablanca(), "&unread=true"))
                .noneMatch(n -> n.getString("id").equals(mine));
        assertThat(about(rehamna(), id).get(0).getBoolean("read")).isFalse();

        // another's notification, an unknown one, a malformed id: 404
        for (String token : List.of(rehamna(), newYork(), admin())) {
            var response = Http.postJson(Urls.api() + "/notifications/" + mine + "/read", null, token);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(Http.postJson(Urls.api() + "/notifications/" + UUID.randomUUID() + "/read", null, casablanca())
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.postJson(Urls.api() + "/notifications/not-an-id/read", null, casablanca())
                        .statusCode())
                .isEqualTo(404);
        assertThat(about(rehamna(), id).get(0).getBoolean("read")).isFalse();
    }

    @Test
    void listsAreForAuthenticatedCallersAndCheckTheirParameters() {
        assertThat(Http.get(Urls.api() + "/notifications", null).statusCode()).isEqualTo(401);
        assertThat(Http.postJson(Urls.api() + "/notifications/" + UUID.randomUUID() + "/read", null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.get(Urls.api() + "/notifications?unread=maybe", casablanca())
                        .statusCode())
                .isEqualTo(400);
        assertThat(Http.get(Urls.api() + "/notifications?size=0", casablanca()).statusCode())
                .isEqualTo(400);
        assertThat(Http.get(Urls.api() + "/notifications?sort=kind,asc", casablanca())
                        .statusCode())
                .isEqualTo(400);
        var page = Http.object(Http.get(Urls.api() + "/notifications?page=0&size=2", admin()));
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.getJsonNumber("total").longValue())
                .isGreaterThanOrEqualTo(page.getJsonArray("items").size());
        assertThat(Http.object(Http.get(Urls.api(), null))
                        .getJsonObject("resources")
                        .getString("notifications"))
                .isEqualTo(Urls.api() + "/notifications");
    }

    @Test
    void aSubmissionIsMailedToTheForumAdministratorsAnApprovalToTheParties() throws Exception {
        String reference = reference();
        String id = draft(reference);
        ok(act(id, "submit", null, casablanca()));
        var submitted = mailWith(reference, "forum-admins@twincities.test");
        assertThat(submitted.getFrom())
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("noreply@twincities.test");
        assertThat(submitted.getSubject()).contains(reference).contains("submitted");
        assertThat(submitted.getContent().toString()).contains("soumis").contains(reference);

        ok(act(id, "approve", null, admin()));
        var approved = mailWith(reference + " was approved", "officials.rehamna@twincities.test");
        assertThat(recipients(approved)).doesNotContain("forum-admins@twincities.test");
    }

    /** The first e-mail GreenMail received with this text in its subject, to this address; waits up to 20 s. */
    static MimeMessage mailWith(String subject, String to) throws InterruptedException, MessagingException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            for (var message : TestStack.mail().getReceivedMessages()) {
                if (message.getSubject().contains(subject)
                        && recipients(message).contains(to)) {
                    return message;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no e-mail '" + subject + "' to " + to + " in "
                        + Arrays.stream(TestStack.mail().getReceivedMessages())
                                .map(m -> {
                                    try {
                                        return m.getSubject() + " → " + recipients(m);
                                    } catch (MessagingException e) {
                                        return e.toString();
                                    }
                                })
                                .toList());
            }
            Thread.sleep(200);
        }
    }

    static List<String> recipients(MimeMessage message) throws MessagingException {
        var to = message.getRecipients(Message.RecipientType.TO);
        return to == null
                ? List.of()
                : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
