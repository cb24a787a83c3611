package network.twincities.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.notification.entity.Audience;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * E-mails notifications once their transaction committed, when an SMTP server is configured
 * ({@code twincities.mail.smtp.host}; none: no e-mail). A failed delivery is logged: the notification
 * itself is kept in the API.
 *
 * <p>Interim, until people are managed in the application: the addresses of an audience come from the
 * configuration, comma-separated: {@code twincities.mail.to.<role>} for a realm role (e.g.
 * {@code twincities.mail.to.forum-admin}), {@code twincities.mail.to.territory.<slug>} for a territory's
 * officials, {@code twincities.mail.to.user.<login>} for one login. An audience without addresses gets
 * no e-mail.
 */
@ApplicationScoped
public class Mailer {

    static final String PREFIX = "twincities.mail.";
    static final int TIMEOUT_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notified notified) {
        var config = ConfigProvider.getConfig();
        var host = config.getOptionalValue(PREFIX + "smtp.host", String.class).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return;
        }
        var to = addresses(config, notified.audiences());
        if (to.isEmpty()) {
            return;
        }
        try {
            var message = new MimeMessage(session(config, host.get()));
            message.setFrom(new InternetAddress(
                    config.getOptionalValue(PREFIX + "from", String.class).orElse("noreply@twincities.network")));
            message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
            message.setSubject(notified.subject(), StandardCharsets.UTF_8.name());
            var text = notified.text();
            message.setText(text.en() + "\n\n" + text.fr() + "\n\n" + text.ar() + "\n", StandardCharsets.UTF_8.name());
            message.setHeader("X-TwinCities-Kind", notified.kind());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not e-mail '" + notified.subject() + "' to " + to);
        }
    }

    static Session session(Config config, String host) {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put(
                "mail.smtp.port",
                config.getOptionalValue(PREFIX + "smtp.port", Integer.class)
                        .orElse(25)
                        .toString());
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        return Session.getInstance(properties);
    }

    /** The configured addresses of these audiences, each once. */
    static Set<InternetAddress> addresses(Config config, Set<Audience> audiences) {
        var addresses = new LinkedHashSet<InternetAddress>();
        for (var audience : audiences) {
            Optional<String> configured = config.getOptionalValue(key(audience), String.class);
            for (String address : configured.orElse("").split(",")) {
                if (address.isBlank()) {
                    continue;
                }
                try {
                    addresses.add(new InternetAddress(address.strip(), true));
                } catch (AddressException e) {
                    LOG.warning(() -> "Not an e-mail address in " + key(audience) + ": " + address);
                }
            }
        }
        return addresses;
    }

    /** {@code twincities.mail.to.forum-admin}, {@code twincities.mail.to.territory.rehamna}, ... */
    static String key(Audience audience) {
        return PREFIX + "to."
                + switch (audience.kind()) {
                    case ROLE -> audience.name();
                    case TERRITORY -> "territory." + audience.name();
                    case USER -> "user." + audience.name();
                };
    }
}
