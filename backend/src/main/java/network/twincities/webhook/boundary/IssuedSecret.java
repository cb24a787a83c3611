package network.twincities.webhook.boundary;

import jakarta.enterprise.context.RequestScoped;
import network.twincities.webhook.entity.WebhookSecret;

/**
 * The secret the server made for a webhook in this request, to be shown in the 201 answer and never
 * again (it is not part of the representation, so neither the audit log nor a GET ever holds it).
 */
@RequestScoped
public class IssuedSecret {

    private WebhookSecret secret;

    void issue(WebhookSecret secret) {
        this.secret = secret;
    }

    WebhookSecret secret() {
        return secret;
    }
}
