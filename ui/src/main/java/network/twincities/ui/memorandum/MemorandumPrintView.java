package network.twincities.ui.memorandum;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.i18n.Language;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.Notifications;

/**
 * An MoU as a document to print or save as PDF, in the reader's language (Arabic right to left):
 * its title, reference and status, the parties with their roles, the cooperation axes, its dates,
 * the summary, and a block per signatory with who signed for it and when, or empty lines to sign
 * on. The browser's print leaves out the app's navigation ({@code styles/print.css}).
 */
@Route(value = "mous/:slug/print", layout = MainLayout.class)
public class MemorandumPrintView extends Composite<Article>
        implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    private final transient MemorandaClient mous;
    private final MemorandumChoices choices;
    private final Map<String, String> names = new HashMap<>();
    private Locale namesLocale;
    private String id = "";
    private Memorandum mou;

    @Inject
    public MemorandumPrintView(@Backend MemorandaClient mous, MemorandumChoices choices) {
        this.mous = mous;
        this.choices = choices;
    }

    @Override
    protected Article initContent() {
        Article article = new Article();
        article.setId("mou-print");
        article.addClassName("mou-print");
        article.getStyle()
                .set("display", "block")
                .set("max-width", "50rem")
                .set("margin", "0 auto")
                .set("padding", "var(--lumo-space-l)")
                .set("line-height", "1.5");
        return article;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("slug").orElse("");
        try {
            mou = mous.get(id);
        } catch (RuntimeException failure) {
            mou = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        String name = mou == null ? id : mou.nameIn(getLocale());
        return getTranslation("mou.print.title") + " · " + name + " · " + getTranslation("app.title");
    }

    private void render() {
        Article article = getContent();
        article.removeAll();
        Language language = Language.of(getLocale());
        article.getElement().setAttribute("dir", language.isRightToLeft() ? "rtl" : "ltr");
        article.getElement().setAttribute("lang", language.code());
        article.add(toolbar());
        if (mou == null) {
            Paragraph missing = new Paragraph(getTranslation("mou.print.missing", id));
            missing.setId("mou-print-missing");
            article.add(missing);
            return;
        }
        loadNames();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));

        Span kind = new Span(getTranslation("mou.print.kind"));
        kind.getStyle()
                .set("text-transform", "uppercase")
                .set("letter-spacing", "0.05em")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        H2 title = new H2(mou.title() == null ? mou.reference() : mou.title().in(getLocale()));
        title.setId("mou-print-title");
        title.getStyle().set("margin-top", "var(--lumo-space-xs)");
        article.add(kind, title);

        DetailList facts = new DetailList();
        facts.setId("mou-print-facts");
        facts.add("reference", getTranslation("mou.reference"), mou.reference());
        facts.add(
                "status",
                getTranslation("mou.status"),
                StatusBadge.of(mou.status(), getTranslation("mou.status." + mou.status())));
        facts.add("effectiveFrom", getTranslation("mou.effectiveFrom"), date(mou.effectiveFrom()));
        facts.add("expiresOn", getTranslation("mou.expiresOn"), date(mou.expiresOn()));
        article.add(facts);

        UnorderedList parties = new UnorderedList();
        parties.setId("mou-print-parties");
        for (Memorandum.Party party : mou.parties()) {
            ListItem item = new ListItem(partyName(party) + " · " + getTranslation("mou.role." + party.role()));
            item.getElement().setAttribute("data-party", party.slug());
            parties.add(item);
        }
        article.add(section("mou-print-parties-section", getTranslation("mou.print.parties"), parties));

        Component axes;
        if (mou.axes().isEmpty()) {
            axes = new Paragraph("—");
        } else {
            UnorderedList list = new UnorderedList();
            mou.axes().forEach(axis -> list.add(new ListItem(names.getOrDefault("axis:" + axis, axis))));
            axes = list;
        }
        axes.setId("mou-print-axes");
        article.add(section("mou-print-axes-section", getTranslation("mou.axes"), axes));

        String summaryText = mou.summary() == null ? "" : mou.summary().in(getLocale());
        Paragraph summary = new Paragraph(summaryText.isBlank() ? "—" : summaryText);
        summary.setId("mou-print-summary");
        summary.getStyle().set("white-space", "pre-line");
        // a summary not written in the reader's language reads in its own direction
        summary.getElement().setAttribute("dir", "auto");
        article.add(section("mou-print-summary-section", getTranslation("mou.summary"), summary));

        Div signatures = new Div();
        signatures.setId("mou-print-signatures");
        signatures
                .getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fit, minmax(14rem, 1fr))")
                .set("gap", "var(--lumo-space-l)");
        signatories().forEach(party -> signatures.add(signature(party)));
        article.add(section("mou-print-signatures-section", getTranslation("mou.print.signatures"), signatures));
    }

    /** Back to the MoU and the print button; neither is printed. */
    private Component toolbar() {
        Div toolbar = new Div();
        toolbar.addClassName("no-print");
        toolbar.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-m)")
                .set("align-items", "center")
                .set("margin-bottom", "var(--lumo-space-m)");
        if (!id.isBlank()) {
            RouterLink back = new RouterLink(
                    "← " + getTranslation("mou.print.back"), MemorandumView.class, new RouteParameters("slug", id));
            back.setId("mou-print-back");
            toolbar.add(back);
        }
        if (mou != null) {
            Button print = new Button(getTranslation("mou.print.action"), VaadinIcon.PRINT.create());
            print.setId("mou-print-button");
            print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            print.addClickListener(click -> getElement().executeJs("window.print()"));
            toolbar.add(print);
        }
        return toolbar;
    }

    /** The parties that sign: every signatory, and any other party whose signature was recorded. */
    private List<Memorandum.Party> signatories() {
        return mou.parties().stream()
                .filter(party -> "SIGNATORY".equals(party.role()) || party.signed())
                .toList();
    }

    private Component signature(Memorandum.Party party) {
        Div block = new Div();
        block.addClassName("mou-print-signature");
        block.setId("mou-print-signature-" + party.slug());
        block.getElement().setAttribute("data-signed", String.valueOf(party.signed()));
        H4 who = new H4(partyName(party));
        who.getStyle().set("margin", "0 0 var(--lumo-space-s)");
        block.add(who);
        block.add(line("signed-by", getTranslation("mou.print.signedBy"), party.signed() ? party.signedBy() : null));
        block.add(line(
                "signed-on", getTranslation("mou.print.signedOn"), party.signed() ? date(party.signedOn()) : null));
        return block;
    }

    /** "Label: value", or "Label:" over an empty line to write on, which screen readers hear as not signed. */
    private Component line(String name, String label, String value) {
        Div line = new Div();
        line.addClassName("mou-print-" + name);
        line.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        Span term = new Span(label + " ");
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        line.add(term);
        if (value != null && !value.isBlank()) {
            Span text = new Span(value);
            text.getElement().setAttribute("dir", "auto");
            text.getStyle().set("font-weight", "600");
            line.add(text);
        } else {
            Span blank = new Span();
            blank.addClassName("mou-print-blank");
            blank.getStyle()
                    .set("display", "inline-block")
                    .set("min-width", "12rem")
                    .set("height", "1.6em")
                    .set("vertical-align", "bottom")
                    .set("border-bottom", "1px solid #000");
            Span hidden = new Span(getTranslation("mou.signature.none"));
            hidden.getStyle()
                    .set("position", "absolute")
                    .set("width", "1px")
                    .set("height", "1px")
                    .set("overflow", "hidden")
                    .set("clip", "rect(0 0 0 0)")
                    .set("white-space", "nowrap");
            blank.add(hidden);
            line.add(blank);
        }
        return line;
    }

    private static Section section(String id, String title, Component content) {
        Section section = new Section(new H3(title), content);
        section.setId(id);
        section.getStyle().set("margin-top", "var(--lumo-space-l)");
        return section;
    }

    private String date(LocalDate date) {
        return Formats.longDate(date, getLocale());
    }

    private String partyName(Memorandum.Party party) {
        String key = party.territory() != null
                ? MemorandumForm.TERRITORY + party.territory()
                : MemorandumForm.ORGANIZATION + party.organization();
        return names.getOrDefault(key, party.slug());
    }

    /** The names of parties and axes in the reader's language, read once per language. */
    private void loadNames() {
        if (getLocale().equals(namesLocale)) {
            return;
        }
        names.clear();
        try {
            choices.territories(getLocale()).forEach((slug, name) -> names.put(MemorandumForm.TERRITORY + slug, name));
            choices.organizations(getLocale())
                    .forEach((slug, name) -> names.put(MemorandumForm.ORGANIZATION + slug, name));
            choices.axes(getLocale()).forEach((slug, name) -> names.put("axis:" + slug, name));
            namesLocale = getLocale();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
    }
}
