package network.twincities.ui.platform.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;

/**
 * Signs out with a POST to the logout servlet: a plain HTML form around the sign-out button, which
 * the button submits (a Vaadin button is no submit button of its own). The browser then follows the
 * logout's redirects to the provider and back to the signed-out page.
 */
@Tag("form")
public class SignOutForm extends Component implements HasComponents {

    private static final long serialVersionUID = 1L;

    /** A form posting to {@code contextPath} + the logout path, submitted by {@code button}. */
    public SignOutForm(String contextPath, Button button) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", contextPath + OidcConfig.LOGOUT_PATH);
        getStyle().set("margin", "0");
        add(button);
        button.addClickListener(event -> getElement().callJsFunction("submit"));
    }
}
