package network.twincities.notification;

import static network.twincities.notification.Notified.admin;
import static network.twincities.notification.Notified.casablanca;
import static network.twincities.notification.Notified.kinds;
import static network.twincities.notification.Notified.newYork;
import static network.twincities.notification.Notified.reference;
import static network.twincities.notification.Notified.rehamna;
import static network.twincities.notification.Notified.signed;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The expiry task (every 5 seconds in the tests: {@code twincities.expiry.interval}): a signed MoU past
 * its expiry date becomes EXPIRED, recorded in its history and told to its parties; the parties of one
 * that expires within 60 days are reminded once, of one within 30 days once with the 30-day reminder,
 * however often the task runs.
 */
@SystemTest
class NotificationExpiryIT {

    static final long RUNS_MILLIS = 5_000;

    @Test
    void aSignedMouPastItsDateExpiresAndItsPartiesAreToldAndRemindedOnce() throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String past = signed(reference(), LocalDate.of(2020, 1, 1), today.minusDays(1));
        String in45 = signed(reference(), today.minusYears(1), today.plusDays(45));
        String in10 = signed(reference(), today.minusYears(1), today.plusDays(10));
        String in90 = signed(reference(), today.minusYears(1), today.plusDays(90));

        waitFor(() -> status(past).equals("EXPIRED"), "the MoU past its date to expire");
        var history = Http.array(Http.get(Urls.api() + "/mous/" + past + "/history", admin()))
                .getValuesAs(JsonObject.class);
        var last = history.get(history.size() - 1);
        assertThat(last.getString("from")).isEqualTo("SIGNED");
        assertThat(last.getString("to")).isEqualTo("EXPIRED");
        assertThat(last.getString("by")).isEqualTo("system:expiry");
        for (String official : List.of(casablanca(), rehamna())) {
            assertThat(kinds(official, past)).containsExactly("mou.approved", "mou.signed", "mou.expired");
        }
        var audit = Http.object(Http.get(Urls.api() + "/audit?resource=mous&id=" + past, admin()));
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("actor")).isEqualTo("system:expiry"));

        waitFor(() -> kinds(rehamna(), in45).contains("mou.expiring-60"), "the 60-day reminder");
        waitFor(() -> kinds(rehamna(), in10).contains("mou.expiring-30"), "the 30-day reminder");
        Thread.sleep(2 * RUNS_MILLIS + 1_000); // at least two more runs of the task

        for (String official : List.of(casablanca(), rehamna())) {
            assertThat(kinds(official, in45)).containsExactly("mou.approved", "mou.signed", "mou.expiring-60");
            assertThat(kinds(official, in10)).containsExactly("mou.approved", "mou.signed", "mou.expiring-30");
            assertThat(kinds(official, in90)).containsExactly("mou.approved", "mou.signed");
        }
        assertThat(Notified.about(casablanca(), in45)
                        .get(0)
                        .getJsonObject("text")
                        .getString("en"))
                .contains("expires on " + today.plusDays(45))
                .contains("in 45 days");
        assertThat(kinds(admin(), in45)).doesNotContain("mou.expiring-60");
        assertThat(kinds(newYork(), in10)).isEmpty();
        assertThat(status(in45)).isEqualTo("SIGNED");
        assertThat(status(in10)).isEqualTo("SIGNED");
    }

    static String status(String id) {
        return Http.object(Http.get(Urls.api() + "/mous/" + id, admin())).getString("status");
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 6 * RUNS_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited in vain for " + what);
            }
            Thread.sleep(500);
        }
    }
}
