package network.twincities.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.Writes;

/**
 * One partner system: its territory, client id, when it was issued and last called; forum administrators
 * rotate its secret (the new one shown once) or revoke it (asked first).
 */
@Route(value = "partner-systems/:slug", layout = MainLayout.class)
public class PartnerSystemView extends DetailRoute<PartnerSystem> {

    private static final long serialVersionUID = 1L;

    private final Button rotate = new Button();
    private DetailPage<PartnerSystem> page;

    @Inject
    public PartnerSystemView(@Backend PartnerSystemsClient partnerSystems, CurrentUser currentUser) {
        boolean admin = currentUser.profile().isForumAdmin();
        rotate.setId("partner-system-rotate");
        rotate.setIcon(VaadinIcon.REFRESH.create());
        rotate.setVisible(admin);
        rotate.addClickListener(event -> {
            PartnerSystem current = page.value();
            if (current == null) {
                return;
            }
            Writes.save(this, () -> partnerSystems.rotateSecret(current.slug()), errors -> errors, page::reload)
                    .ifPresent(rotated -> {
                        new CredentialsDialog(rotated, this::getTranslation).open();
                        page.reload();
                    });
        });
        page = DetailPage.builder(PartnerSystemsView.NAMES, PartnerSystemsView.class, partnerSystems::get)
                .admin(admin)
                .rows(this::rows)
                .delete(partnerSystems::revoke)
                .sections(rotate)
                .build();
        show(page);
    }

    private void rows(PartnerSystem system, DetailList details) {
        rotate.setText(getTranslation("partner-system.rotate"));
        details.add("name", getTranslation("partner-system.name"), system.systemName());
        details.add("territory", getTranslation("partner-system.territory"), system.territory());
        details.add("client-id", getTranslation("partner-system.client-id"), system.clientId());
        details.add(
                "created",
                getTranslation("partner-system.created"),
                system.createdAt() == null ? "" : Formats.dateTime(system.createdAt(), getLocale()));
        details.add(
                "last-used",
                getTranslation("partner-system.last-used"),
                system.lastUsedAt() == null
                        ? getTranslation("partner-system.never")
                        : Formats.dateTime(system.lastUsedAt(), getLocale()));
    }
}
