package network.twincities.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.inject.Inject;
import network.twincities.ui.axis.AxesView;
import network.twincities.ui.dashboard.DashboardView;
import network.twincities.ui.event.EventsView;
import network.twincities.ui.memorandum.MemorandaView;
import network.twincities.ui.notification.NotificationBell;
import network.twincities.ui.notification.NotificationsClient;
import network.twincities.ui.organization.OrganizationsView;
import network.twincities.ui.partner.PartnerSystemsView;
import network.twincities.ui.people.PeopleView;
import network.twincities.ui.people.ProfileView;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.i18n.Language;
import network.twincities.ui.platform.i18n.LanguageSelection;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.security.SignOutForm;
import network.twincities.ui.platform.security.UserProfile;
import network.twincities.ui.practice.PracticesView;
import network.twincities.ui.project.ProjectsView;
import network.twincities.ui.territory.TerritoriesView;

/**
 * The frame of every view: the title, the side navigation, who is logged in with which roles, their
 * notifications (the bell, counted anew on each navigation), the language switch and the logout
 * button. Printed, only the view shows ({@code styles/print.css}).
 */
@StyleSheet("context://styles/twincities.css")
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    /** The print stylesheet, served from the WAR. */
    static final String PRINT_CSS = "context://styles/print.css";

    private static final long serialVersionUID = 1L;

    private final LanguageSelection languageSelection;
    private final UserProfile user;

    private final H1 title = new H1();
    private final SideNavItem territoriesItem;
    private final SideNavItem organizationsItem;
    private final SideNavItem axesItem;
    private final SideNavItem eventsItem;
    private final SideNavItem mousItem;
    private final SideNavItem dashboardItem;
    private final SideNavItem projectsItem;
    private final SideNavItem practicesItem;
    private final SideNavItem partnerSystemsItem;
    private final SideNavItem peopleItem;
    private final SideNavItem profileItem;
    private final Span userName = new Span();
    private final Span userRoles = new Span();
    private final Select<Language> languageSwitch = new Select<>();
    private final Button logout = new Button();
    private final NotificationBell bell;

    @Inject
    public MainLayout(
            CurrentUser currentUser, LanguageSelection languageSelection, @Backend NotificationsClient notifications) {
        this.languageSelection = languageSelection;
        this.user = currentUser.profile();
        setPrimarySection(Section.DRAWER);

        title.setId("app-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        userName.setId("user-name");
        userName.getStyle().set("font-weight", "600");
        userName.setText(user.displayName());
        userRoles.setId("user-roles");
        userRoles.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div userInfo = new Div(userName, new Span(" "), userRoles);
        userInfo.setId("current-user");
        userInfo.getStyle().set("font-size", "var(--lumo-font-size-s)");

        languageSwitch.setId("language-switch");
        languageSwitch.setItems(Language.values());
        languageSwitch.setItemLabelGenerator(Language::nativeName);
        languageSwitch.setWidth("9em");
        languageSwitch.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                this.languageSelection.choose(event.getSource().getUI().orElseThrow(), event.getValue());
            }
        });

        logout.setId("logout");
        logout.setIcon(VaadinIcon.SIGN_OUT.create());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        SignOutForm signOut = new SignOutForm(contextPath(), logout);
        signOut.setId("logout-form");

        HorizontalLayout navbar = new HorizontalLayout(title, userInfo);
        if (user.username().isBlank()) {
            bell = null;
        } else {
            bell = new NotificationBell(notifications);
            navbar.add(bell);
        }
        navbar.add(languageSwitch, signOut);
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.expand(title);
        navbar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), navbar);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        territoriesItem = new SideNavItem("", TerritoriesView.class, VaadinIcon.GLOBE.create());
        organizationsItem = new SideNavItem("", OrganizationsView.class, VaadinIcon.INSTITUTION.create());
        organizationsItem.setMatchNested(true);
        axesItem = new SideNavItem("", AxesView.class, VaadinIcon.CONNECT.create());
        axesItem.setMatchNested(true);
        eventsItem = new SideNavItem("", EventsView.class, VaadinIcon.CALENDAR.create());
        eventsItem.setMatchNested(true);
        territoriesItem.setId("nav-territories");
        organizationsItem.setId("nav-organizations");
        axesItem.setId("nav-axes");
        eventsItem.setId("nav-events");
        mousItem = new SideNavItem("", MemorandaView.class, VaadinIcon.FILE_TEXT_O.create());
        mousItem.setMatchNested(true);
        mousItem.setId("nav-mous");
        dashboardItem = new SideNavItem("", DashboardView.class, VaadinIcon.DASHBOARD.create());
        dashboardItem.setId("nav-dashboard");
        projectsItem = new SideNavItem("", ProjectsView.class, VaadinIcon.TASKS.create());
        projectsItem.setMatchNested(true);
        projectsItem.setId("nav-projects");
        practicesItem = new SideNavItem("", PracticesView.class, VaadinIcon.LIGHTBULB.create());
        practicesItem.setMatchNested(true);
        practicesItem.setId("nav-practices");
        nav.addItem(dashboardItem);
        nav.addItem(territoriesItem, organizationsItem, axesItem, eventsItem, mousItem);
        nav.addItem(projectsItem, practicesItem);
        partnerSystemsItem = new SideNavItem("", PartnerSystemsView.class, VaadinIcon.KEY.create());
        partnerSystemsItem.setMatchNested(true);
        partnerSystemsItem.setId("nav-partner-systems");
        peopleItem = new SideNavItem("", PeopleView.class, VaadinIcon.USERS.create());
        peopleItem.setMatchNested(true);
        peopleItem.setId("nav-people");
        profileItem = new SideNavItem("", ProfileView.class, VaadinIcon.USER.create());
        profileItem.setId("nav-profile");
        if (user.isForumAdmin()) {
            nav.addItem(peopleItem, partnerSystemsItem);
        }
        if (!user.username().isBlank()) {
            nav.addItem(profileItem);
        }
        addToDrawer(nav);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        title.setText(getTranslation("app.title"));
        territoriesItem.setLabel(getTranslation("nav.territories"));
        organizationsItem.setLabel(getTranslation("nav.organizations"));
        axesItem.setLabel(getTranslation("nav.axes"));
        eventsItem.setLabel(getTranslation("nav.events"));
        mousItem.setLabel(getTranslation("nav.mous"));
        dashboardItem.setLabel(getTranslation("nav.dashboard"));
        projectsItem.setLabel(getTranslation("nav.projects"));
        practicesItem.setLabel(getTranslation("nav.practices"));
        partnerSystemsItem.setLabel(getTranslation("nav.partnerSystems"));
        peopleItem.setLabel(getTranslation("nav.people"));
        profileItem.setLabel(getTranslation("nav.profile"));
        userRoles.setText(user.rolesLabel(this::getTranslation));
        languageSwitch.setAriaLabel(getTranslation("language.label"));
        languageSwitch.setTooltipText(getTranslation("language.label"));
        languageSwitch.setValue(language);
        logout.setText(getTranslation("action.logout"));
        LanguageSelection.apply(event.getUI(), language);
        if (bell != null) {
            bell.relabel();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null) {
            bell.refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet(PRINT_CSS);
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }
}
