package network.twincities.ui.memorandum;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import network.twincities.ui.MainLayout;
import network.twincities.ui.Names;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Writes;

/**
 * An MoU: its facts and status, its parties with their signatures, the signed document and the
 * history of its workflow. The steps the user may take now are the buttons shown: officials of a
 * party edit, submit and sign for their territory; forum administrators review, terminate and record
 * the other signatures.
 */
@Route(value = "mous/:slug", layout = MainLayout.class)
public class MemorandumView extends DetailRoute<Memorandum> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DOCUMENT = 20 * 1024 * 1024;

    private final transient MemorandaClient mous;
    private final MemorandumChoices choices;
    private final MemorandumPermissions permissions;
    private final DetailPage<Memorandum> page;
    private final Names references;

    private final HorizontalLayout actions = new HorizontalLayout();
    private final Button submit = action("mou-submit", ButtonVariant.LUMO_PRIMARY);
    private final Button approve = action("mou-approve", ButtonVariant.LUMO_SUCCESS);
    private final Button requestChanges = action("mou-request-changes", ButtonVariant.LUMO_CONTRAST);
    private final Button reject = action("mou-reject", ButtonVariant.LUMO_ERROR);
    private final Button terminate = action("mou-terminate", ButtonVariant.LUMO_ERROR);
    private final Button sign = action("mou-sign", ButtonVariant.LUMO_PRIMARY);
    private final Div printBar = section("mou-print-bar");
    private final Div parties = section("mou-parties-section");
    private final Div document = section("mou-document");
    private final Div history = section("mou-history");

    @Inject
    public MemorandumView(
            @Backend MemorandaClient mous, MemorandumChoices choices, Names references, CurrentUser currentUser) {
        this.mous = mous;
        this.references = references;
        this.choices = choices;
        this.permissions = new MemorandumPermissions(currentUser.profile());
        MemorandumForm form = new MemorandumForm();
        actions.setId("mou-actions");
        actions.add(submit, approve, requestChanges, reject, terminate, sign);
        actions.getStyle().set("flex-wrap", "wrap");
        page = DetailPage.builder(MemorandaView.NAMES, MemorandaView.class, mous::get)
                .editable(permissions::mayEdit)
                .deletable(permissions::mayDelete)
                .rows(this::rows)
                .editor(form, EditorDialog.Operations.of(mous::create, mous::update, mous::get))
                .beforeEdit(mou -> form.setChoices(choices.all(getLocale()), null))
                .delete(mous::delete)
                .sections(printBar, actions, parties, document, history)
                .build();
        show(page);

        submit.addClickListener(click -> step(mou -> mous.submit(mou.id(), ifMatch(mou)), "mou.done.submitted"));
        approve.addClickListener(click ->
                step(mou -> mous.approve(mou.id(), ifMatch(mou), new Memorandum.Reason(null)), "mou.done.approved"));
        requestChanges.addClickListener(click -> askReason(
                "mou.action.requestChanges",
                (mou, reason) -> mous.requestChanges(mou.id(), ifMatch(mou), new Memorandum.Reason(reason)),
                "mou.done.changesRequested"));
        reject.addClickListener(click -> askReason(
                "mou.action.reject",
                (mou, reason) -> mous.reject(mou.id(), ifMatch(mou), new Memorandum.Reason(reason)),
                "mou.done.rejected"));
        terminate.addClickListener(click -> askReason(
                "mou.action.terminate",
                (mou, reason) -> mous.terminate(mou.id(), ifMatch(mou), new Memorandum.Reason(reason)),
                "mou.done.terminated"));
        sign.addClickListener(click -> askSignature());
    }

    private static Button action(String id, ButtonVariant variant) {
        Button button = new Button();
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private static Div section(String id) {
        Div div = new Div();
        div.setId(id);
        div.setWidthFull();
        return div;
    }

    private static String ifMatch(Memorandum mou) {
        return Paging.ifMatch(mou.version());
    }

    /** A step without a reason; the page shows the MoU as it is afterwards. */
    private void step(SerializableFunction<Memorandum, Memorandum> call, String doneKey) {
        Memorandum current = page.value();
        if (current == null) {
            return;
        }
        Optional<Memorandum> done = Writes.save(page, () -> call.apply(current), errors -> errors, this::stale);
        done.ifPresent(mou -> {
            Notifications.success(getTranslation(doneKey));
            page.reload();
        });
    }

    @FunctionalInterface
    private interface ReasonStep extends java.io.Serializable {
        Memorandum apply(Memorandum mou, String reason);
    }

    private void askReason(String actionKey, ReasonStep call, String doneKey) {
        Memorandum current = page.value();
        if (current == null) {
            return;
        }
        new ReasonDialog(
                        getTranslation(actionKey) + " · " + current.reference(),
                        getTranslation(actionKey),
                        reason -> call.apply(current, reason),
                        () -> {
                            Notifications.success(getTranslation(doneKey));
                            page.reload();
                        },
                        this::stale)
                .open();
    }

    private void askSignature() {
        Memorandum current = page.value();
        if (current == null || permissions.signable(current).isEmpty()) {
            return;
        }
        new SignatureDialog(
                        permissions.signable(current),
                        this::partyName,
                        signature -> mous.sign(current.id(), ifMatch(current), signature),
                        () -> {
                            Notifications.success(getTranslation("mou.done.signed"));
                            page.reload();
                        },
                        this::stale)
                .open();
    }

    /** Someone else changed the MoU in between: the user sees it as it is now and may try again. */
    private void stale() {
        Notifications.error(getTranslation("mou.stale"));
        page.reload();
    }

    private void rows(Memorandum mou, DetailList details) {
        details.add("reference", getTranslation("mou.reference"), mou.reference());
        details.add(
                "title",
                getTranslation("mou.title"),
                mou.title() == null ? "" : mou.title().in(getLocale()));
        details.add(
                "status",
                getTranslation("mou.status"),
                StatusBadge.of(mou.status(), getTranslation("mou.status." + mou.status())));
        details.add(
                "summary",
                getTranslation("mou.summary"),
                mou.summary() == null ? "" : mou.summary().in(getLocale()));
        details.add("axes", getTranslation("mou.axes"), references.axes().links(mou.axes(), getLocale()));
        details.add("event", getTranslation("mou.event"), references.events().link(mou.event(), getLocale()));
        details.add("effectiveFrom", getTranslation("mou.effectiveFrom"), date(mou.effectiveFrom(), getLocale()));
        details.add("expiresOn", getTranslation("mou.expiresOn"), date(mou.expiresOn(), getLocale()));
        details.add(
                "updated",
                getTranslation("field.updated"),
                String.join(" · ", List.of(time(mou.updatedAt(), getLocale()), String.valueOf(mou.updatedBy()))));

        submit.setText(getTranslation("mou.action.submit"));
        approve.setText(getTranslation("mou.action.approve"));
        requestChanges.setText(getTranslation("mou.action.requestChanges"));
        reject.setText(getTranslation("mou.action.reject"));
        terminate.setText(getTranslation("mou.action.terminate"));
        sign.setText(getTranslation("mou.action.sign"));
        submit.setVisible(permissions.maySubmit(mou));
        approve.setVisible(permissions.mayReview(mou));
        requestChanges.setVisible(permissions.mayReview(mou));
        reject.setVisible(permissions.mayReview(mou));
        terminate.setVisible(permissions.mayTerminate(mou));
        sign.setVisible(!permissions.signable(mou).isEmpty());
        actions.setVisible(actions.getChildren().anyMatch(Component::isVisible));

        renderPrintLink(mou);
        renderParties(mou);
        renderDocument(mou);
        renderHistory(mou);
    }

    /** The link to the MoU as a document to print or save as PDF. */
    private void renderPrintLink(Memorandum mou) {
        printBar.removeAll();
        RouterLink print = new RouterLink("", MemorandumPrintView.class, new RouteParameters("slug", mou.id()));
        print.setId("mou-print-link");
        print.add(VaadinIcon.PRINT.create(), new Span(" " + getTranslation("mou.action.print")));
        printBar.add(print);
    }

    private void renderParties(Memorandum mou) {
        parties.removeAll();
        parties.add(new H3(getTranslation("mou.parties")));
        for (Memorandum.Party party : mou.parties()) {
            Div row = new Div();
            row.setId("mou-party-" + party.slug());
            row.getElement().setAttribute("data-signed", String.valueOf(party.signed()));
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            row.addClassName("text-with-links");
            Component who = party.territory() != null
                    ? references.territories().link(party.territory(), getLocale())
                    : references.organizations().link(party.organization(), getLocale());
            Span role = new Span(" · " + getTranslation("mou.role." + party.role()) + " · ");
            Span signature = new Span(
                    party.signed()
                            ? getTranslation(
                                    "mou.signature",
                                    party.signedBy(),
                                    date(party.signedOn(), getLocale()),
                                    String.valueOf(party.recordedBy()))
                            : getTranslation("mou.signature.none"));
            signature.addClassName("mou-signature");
            signature.getStyle().set("font-weight", party.signed() ? "600" : "normal");
            row.add(who, role, signature);
            parties.add(row);
        }
    }

    private void renderDocument(Memorandum mou) {
        document.removeAll();
        document.add(new H3(getTranslation("mou.document")));
        if (mou.document() == null) {
            Span none = new Span(getTranslation("mou.document.none"));
            none.setId("mou-document-none");
            document.add(none);
        } else {
            String file = mou.reference() + ".pdf";
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        try {
                            byte[] pdf = mous.document(mou.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(pdf), file, MemorandaClient.PDF, pdf.length);
                        } catch (RuntimeException failure) {
                            return DownloadResponse.error(404);
                        }
                    }),
                    getTranslation("mou.document.download", file));
            download.setId("mou-document-download");
            Span facts = new Span(" · "
                    + getTranslation(
                            "mou.document.facts",
                            Formats.integer(Math.max(1, mou.document().size() / 1024), getLocale()),
                            time(mou.document().uploadedAt(), getLocale()),
                            String.valueOf(mou.document().uploadedBy())));
            document.add(new Div(download, facts));
        }
        if (permissions.mayAttach(mou)) {
            document.add(upload(mou));
        }
    }

    /** The upload of the signed PDF: sent to the backend as it arrives, then the page shows the MoU anew. */
    private Component upload(Memorandum mou) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String message;
            boolean ok;
            try {
                mous.attach(mou.id(), null, data);
                ok = true;
                message = "mou.document.attached";
            } catch (RuntimeException failure) {
                ok = false;
                message = BackendErrors.message(failure, (key, params) -> ui.getTranslation(key, params));
            }
            boolean attached = ok;
            String text = message;
            ui.access(() -> {
                if (attached) {
                    Notifications.success(ui.getTranslation(text));
                    page.reload();
                } else {
                    Notifications.error(text);
                }
            });
        }));
        upload.setId("mou-document-upload");
        upload.setAcceptedFileTypes(MemorandaClient.PDF, ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_DOCUMENT);
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("mou.document.rejected")));
        upload.addAllFinishedListener(event -> upload.clearFileList());
        Span hint = new Span(getTranslation("mou.document.upload"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div block = new Div(hint, upload);
        block.getStyle().set("margin-top", "var(--lumo-space-s)");
        return block;
    }

    private void renderHistory(Memorandum mou) {
        history.removeAll();
        history.add(new H3(getTranslation("mou.history")));
        List<Memorandum.Transition> steps;
        try {
            steps = mous.history(mou.id());
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return;
        }
        OrderedList timeline = new OrderedList();
        timeline.setId("mou-history-list");
        timeline.getStyle()
                .set("border-inline-start", "3px solid var(--lumo-contrast-30pct)")
                .set("padding-inline-start", "var(--lumo-space-l)");
        for (Memorandum.Transition step : steps) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-to", String.valueOf(step.to()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            Span when = new Span(time(step.at(), getLocale()) + " · " + step.by() + " · ");
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            HorizontalLayout change = new HorizontalLayout();
            change.setSpacing(true);
            change.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            change.getStyle().set("display", "inline-flex");
            if (step.from() != null) {
                change.add(StatusBadge.of(step.from(), getTranslation("mou.status." + step.from())), new Span("→"));
            }
            change.add(StatusBadge.of(step.to(), getTranslation("mou.status." + step.to())));
            item.add(when, change);
            if (step.reason() != null && !step.reason().isBlank()) {
                Div reason = new Div(new Span(getTranslation("mou.reason") + ": " + step.reason()));
                reason.addClassName("mou-history-reason");
                item.add(reason);
            }
            timeline.add(item);
        }
        history.add(timeline);
    }

    private String partyName(Memorandum.Party party) {
        return party.territory() != null
                ? references.territories().name(party.territory(), getLocale())
                : references.organizations().name(party.organization(), getLocale());
    }

    static String date(LocalDate date, Locale locale) {
        return Formats.date(date, locale);
    }

    static String time(Instant at, Locale locale) {
        return Formats.dateTime(at, locale);
    }
}
