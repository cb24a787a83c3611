package network.twincities.webhook.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The webhook outbox's backlog: deliveries not delivered yet (pending, including those being retried). */
@ApplicationScoped
public class WebhookBacklog {

    @Resource(lookup = "java:app/jdbc/twincities")
    DataSource database;

    /** How many deliveries wait; empty when the database does not answer. */
    public OptionalLong pending() {
        try (var connection = database.getConnection();
                var statement =
                        connection.prepareStatement("SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'");
                var result = statement.executeQuery()) {
            result.next();
            return OptionalLong.of(result.getLong(1));
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
