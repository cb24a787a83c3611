package network.twincities.ui.memorandum;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import network.twincities.ui.MainLayout;
import network.twincities.ui.Names;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.security.UserProfile;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListQuery;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.ResourceNames;

/**
 * The network's MoUs, filtered by status, party territory and axis, most recently changed first;
 * officials and forum administrators draft them here. Forum administrators have the review queue:
 * the MoUs submitted for their decision ({@code mous?status=SUBMITTED} opens it, as the address of
 * every list keeps its filters).
 */
@Route(value = "mous", layout = MainLayout.class)
public class MemorandaView extends ListRoute<Memorandum> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("mou", "mous");
    static final String REVIEW_STATUS = "SUBMITTED";

    private final Select<String> status = ListPage.selectFilter("mous-status", Memorandum.STATUSES);
    private final ComboBox<String> territory = new ComboBox<>();
    private final ComboBox<String> axis = new ComboBox<>();
    private final Tab all = new Tab();
    private final Tab review = new Tab();
    private final Tabs tabs = new Tabs(all, review);
    private final Names names;

    @Inject
    public MemorandaView(
            @Backend MemorandaClient mous, MemorandumChoices choices, Names names, CurrentUser currentUser) {
        this.names = names;
        UserProfile user = currentUser.profile();
        MemorandumPermissions permissions = new MemorandumPermissions(user);
        MemorandumForm form = new MemorandumForm();
        status.setItemLabelGenerator(value -> getTranslation("mou.status." + value));
        territory.setId("mous-territory");
        territory.setClearButtonVisible(true);
        territory.setItemLabelGenerator(slug -> names.territories().name(slug, getLocale()));
        axis.setId("mous-axis");
        axis.setClearButtonVisible(true);
        axis.setItemLabelGenerator(slug -> names.axes().name(slug, getLocale()));
        territory.setItems(names.territories().slugs());
        axis.setItems(names.axes().slugs());
        all.setId("mous-tab-all");
        review.setId("mous-tab-review");
        tabs.setId("mous-tabs");
        tabs.setVisible(user.isForumAdmin());
        tabs.addSelectedChangeListener(event -> {
            if (event.isFromClient()) {
                status.setValue(tabs.getSelectedTab() == review ? REVIEW_STATUS : null);
            }
        });
        status.addValueChangeListener(
                event -> tabs.setSelectedTab(REVIEW_STATUS.equals(event.getValue()) ? review : all));

        show(ListPage.<Memorandum>builder(NAMES, MemorandumView.class)
                .admin(permissions.mayCreate())
                .searchPlaceholder("mous.search.placeholder")
                .filter(status, "mou.status", "status")
                .filter(territory, "mous.filter.territory", "territory")
                .filter(axis, "mous.filter.axis", "axis")
                .above(tabs)
                .column(
                        "mou.reference",
                        Memorandum::reference,
                        column -> column.setSortProperty("reference").setFlexGrow(1))
                .column(
                        "mou.title",
                        mou -> mou.title() == null ? "" : mou.title().in(getLocale()),
                        column -> column.setSortProperty("title").setFlexGrow(3))
                .componentColumn(
                        "mou.status",
                        mou -> StatusBadge.of(mou.status(), getTranslation("mou.status." + mou.status())),
                        column -> column.setSortProperty("status").setFlexGrow(1))
                .column("mou.parties", this::partiesText, column -> column.setFlexGrow(2))
                .column(
                        "mou.effectiveFrom",
                        mou -> mou.effectiveFrom() == null ? "" : MemorandumView.date(mou.effectiveFrom(), getLocale()),
                        column -> column.setSortProperty("effectiveFrom").setFlexGrow(1))
                .items((query, number, size) -> mous.list(
                        number, size, sort(query), status.getValue(), territory.getValue(), axis.getValue(), query.q()))
                .editor(form, EditorDialog.Operations.of(mous::create, mous::update, mous::get))
                .beforeCreate(() -> form.setChoices(choices.all(getLocale()), ownTerritory(user)))
                .openCreated()
                .onLocaleChange(() -> {
                    all.setLabel(getTranslation("mous.tab.all"));
                    review.setLabel(getTranslation("mous.tab.review"));
                })
                .build());
    }

    private static String ownTerritory(UserProfile user) {
        return user.roles().contains(MemorandumPermissions.OFFICIAL) ? user.territory() : null;
    }

    /** The grid's sort, else the most recently changed first (MoUs have no name to sort by). */
    static String sort(ListQuery query) {
        return query.sort() == null || query.sort().equals(ListQuery.DEFAULT_SORT) ? "updatedAt,desc" : query.sort();
    }

    private String partiesText(Memorandum mou) {
        return mou.parties().stream()
                .map(party -> party.territory() != null
                        ? names.territories().name(party.territory(), getLocale())
                        : names.organizations().name(party.organization(), getLocale()))
                .collect(Collectors.joining(", "));
    }
}
