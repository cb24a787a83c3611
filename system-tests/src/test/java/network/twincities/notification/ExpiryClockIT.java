package network.twincities.notification;

import static network.twincities.notification.Notified.admin;
import static network.twincities.notification.Notified.casablanca;
import static network.twincities.notification.Notified.kinds;
import static network.twincities.notification.Notified.reference;
import static network.twincities.notification.Notified.rehamna;
import static network.twincities.notification.Notified.signed;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import network.twincities.it.Http;
import network.twincities.it.SystemTest;
import network.twincities.it.Urls;
import org.junit.jupiter.api.Test;

/**
 * The MoU expiry run on chosen days (the test-only {@code testing/expiry} resource calls the same code
 * the scheduled task calls, for one MoU, as if today were that day): the 60-day and 30-day reminders
 * come once each on their days, the MoU expires the day after its {@code expiresOn}, and the reminder
 * is e-mailed. Several runs at once on the same day, as several backend instances would do, still
 * remind once and expire once.
 */
@SystemTest
class ExpiryClockIT {

    @Test
    void walkedThroughItsLastMonthsAnMouIsRemindedTwiceThenExpires() throws Exception {
        LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(200);
        String reference = reference();
        String id = signed(reference, LocalDate.of(2025, 1, 1), expiresOn);

        ran(id, expiresOn.minusDays(61));
        assertThat(kinds(rehamna(), id)).containsExactly("mou.approved", "mou.signed");

        ran(id, expiresOn.minusDays(60));
        ran(id, expiresOn.minusDays(59));
        ran(id, expiresOn.minusDays(31));
        assertThat(kinds(rehamna(), id)).containsExactly("mou.approved", "mou.signed", "mou.expiring-60");
        var mailed =
                NotificationIT.mailWith(reference + " expires on " + expiresOn, "officials.rehamna@twincities.test");
        assertThat(mailed.getSubject()).contains("in 60 days");

        ran(id, expiresOn.minusDays(30));
        ran(id, expiresOn.minusDays(1));
        ran(id, expiresOn);
        assertThat(kinds(casablanca(), id))
                .containsExactly("mou.approved", "mou.signed", "mou.expiring-60", "mou.expiring-30");
        assertThat(status(id)).as("in force until the end of its last day").isEqualTo("SIGNED");

        ran(id, expiresOn.plusDays(1));
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(kinds(casablanca(), id))
                .containsExactly("mou.approved", "mou.signed", "mou.expiring-60", "mou.expiring-30", "mou.expired");
        ran(id, expiresOn.plusDays(2));
        assertThat(expiries(id)).isEqualTo(1);
    }

    @Test
    void runsOfSeveralInstancesAtOnceRemindOnceAndExpireOnce() throws Exception {
        LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(300);
        String id = signed(reference(), LocalDate.of(2025, 1, 1), expiresOn);

        atOnce(8, () -> runOn(id, expiresOn.minusDays(45)));
        assertThat(kinds(rehamna(), id)).containsExactly("mou.approved", "mou.signed", "mou.expiring-60");

        var answers = atOnce(8, () -> runOn(id, expiresOn.plusDays(1)));
        assertThat(answers)
                .as("a run that lost the race is refused, never half-done")
                .allMatch(s -> s < 500 || s == 503);
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(expiries(id)).isEqualTo(1);
        assertThat(kinds(rehamna(), id))
                .containsExactly("mou.approved", "mou.signed", "mou.expiring-60", "mou.expired");
    }

    static void ran(String id, LocalDate day) {
        assertThat(runOn(id, day)).as("the expiry run on " + day).isEqualTo(204);
    }

    static int runOn(String id, LocalDate day) {
        HttpResponse<String> response =
                Http.request("POST", Urls.api() + "/testing/expiry/" + id + "?on=" + day, null, admin());
        return response.statusCode();
    }

    static List<Integer> atOnce(int runs, Callable<Integer> run) throws Exception {
        var pool = Executors.newFixedThreadPool(runs);
        try {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < runs; i++) {
                calls.add(run);
            }
            var answers = new ArrayList<Integer>();
            for (var future : pool.invokeAll(calls)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static String status(String id) {
        return Http.object(Http.get(Urls.api() + "/mous/" + id, admin())).getString("status");
    }

    static long expiries(String id) {
        return Http.array(Http.get(Urls.api() + "/mous/" + id + "/history", admin()))
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("to").equals("EXPIRED"))
                .count();
    }
}
