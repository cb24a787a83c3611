package network.twincities.ui.partner;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.ResourceNames;
import network.twincities.ui.territory.TerritoriesClient;
import network.twincities.ui.territory.Territory;

/**
 * The partner systems with access to the API, for forum administrators: when each last called; issuing
 * one shows its client id and secret once.
 */
@Route(value = "partner-systems", layout = MainLayout.class)
public class PartnerSystemsView extends ListRoute<PartnerSystem> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("partner-system", "partner-systems");

    @Inject
    public PartnerSystemsView(
            @Backend PartnerSystemsClient partnerSystems,
            @Backend TerritoriesClient territories,
            CurrentUser currentUser) {
        PartnerSystemForm form = new PartnerSystemForm();
        show(ListPage.<PartnerSystem>builder(NAMES, PartnerSystemView.class)
                .admin(currentUser.profile().isForumAdmin())
                .column("partner-system.name", PartnerSystem::systemName, column -> column.setFlexGrow(2))
                .column("partner-system.territory", PartnerSystem::territory)
                .column("partner-system.client-id", PartnerSystem::clientId, column -> column.setFlexGrow(2))
                .column("partner-system.last-used", this::lastUsed)
                .items((query, number, size) -> partnerSystems.list(number, size, query.sort()))
                .beforeCreate(() -> form.setTerritories(territoryNames(territories)))
                .editor(
                        form,
                        new EditorDialog.Operations<>(
                                value -> {
                                    PartnerSystem issued = partnerSystems.create(value.forWrite(true));
                                    new CredentialsDialog(issued, this::getTranslation).open();
                                    return issued;
                                },
                                (original, value) -> {
                                    throw new IllegalStateException("A partner system is not edited");
                                },
                                original -> partnerSystems.get(original.slug())))
                .build());
    }

    private String lastUsed(PartnerSystem system) {
        return system.lastUsedAt() == null
                ? getTranslation("partner-system.never")
                : Formats.dateTime(system.lastUsedAt(), getLocale());
    }

    private Map<String, String> territoryNames(TerritoriesClient territories) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Territory territory : Paging.all((page, size) -> territories.list(page, size, "name,asc", null), 2000)) {
            names.put(territory.slug(), Registry.name(territory.name(), territory.slug(), getLocale()));
        }
        return names;
    }
}
