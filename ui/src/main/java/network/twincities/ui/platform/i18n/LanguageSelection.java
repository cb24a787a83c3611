package network.twincities.ui.platform.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.platform.security.CurrentUser;
import org.jsoup.nodes.Element;

/**
 * Chooses the language of each UI: the one the user picked in this session (kept in the
 * VaadinSession), else the one the signed-in user saved (Keycloak's {@code locale} claim), else the
 * browser's preferred one among English, French and Arabic, else English.
 */
@ApplicationScoped
public class LanguageSelection {

    @Inject
    CurrentUser currentUser;

    /** Writes the language into the page Vaadin serves first, so that Arabic starts right-to-left. */
    void onServiceInit(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::onIndexHtml);
    }

    private void onIndexHtml(IndexHtmlResponse response) {
        Language language = current(VaadinSession.getCurrent(), response.getVaadinRequest());
        Element html = response.getDocument().selectFirst("html");
        if (html != null) {
            html.attr("lang", language.code()).attr("dir", language.isRightToLeft() ? "rtl" : "ltr");
        }
    }

    /** vaadin-cdi fires Vaadin's service and UI init events as CDI events. */
    void onUiInit(@Observes UIInitEvent event) {
        UI ui = event.getUI();
        Language language = current(ui.getSession(), VaadinRequest.getCurrent());
        ui.setLocale(language.locale());
        apply(ui, language);
    }

    /** Switches every UI of the session; views relabel themselves as LocaleChangeObservers. */
    public void choose(UI ui, Language language) {
        VaadinSession session = ui.getSession();
        session.setAttribute(Language.class, language);
        session.setLocale(language.locale());
        session.getUIs().forEach(other -> apply(other, language));
    }

    /** Sets the page's writing direction ({@code dir} on {@code <html>}) and its {@code lang}. */
    public static void apply(UI ui, Language language) {
        ui.setDirection(language.direction());
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
    }

    Language current(VaadinSession session, VaadinRequest request) {
        Language chosen = session == null ? null : session.getAttribute(Language.class);
        if (chosen != null) {
            return chosen;
        }
        var saved = currentUser.preferredLanguage();
        if (saved.isPresent()) {
            Language language = Language.of(Locale.forLanguageTag(saved.get()));
            if (session != null) {
                session.setAttribute(Language.class, language);
            }
            return language;
        }
        List<Locale> preferred = request == null ? List.of() : Collections.list(request.getLocales());
        return Language.preferred(preferred);
    }
}
