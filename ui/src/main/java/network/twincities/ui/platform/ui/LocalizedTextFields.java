package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.io.Serializable;
import network.twincities.ui.platform.api.LocalizedText;

/**
 * The three fields of a multilingual text (English, French, Arabic right-to-left), bound to a
 * form's {@link LocalizedText} property; blank languages are left out of the text, and a text
 * without any language is absent.
 */
public final class LocalizedTextFields<F extends HasValue<?, String>> implements Serializable {

    private static final long serialVersionUID = 1L;

    public final F en;
    public final F fr;
    public final F ar;

    private LocalizedTextFields(F en, F fr, F ar) {
        this.en = en;
        this.fr = fr;
        this.ar = ar;
    }

    /** Single-line fields with ids {@code <idPrefix>-en}, {@code -fr}, {@code -ar}. */
    public static LocalizedTextFields<TextField> textFields(String idPrefix) {
        return of(idPrefix, new TextField(), new TextField(), new TextField());
    }

    public static LocalizedTextFields<TextArea> textAreas(String idPrefix) {
        return of(idPrefix, new TextArea(), new TextArea(), new TextArea());
    }

    /** The ids, Arabic right to left, and validation by the binder only. */
    private static <F extends Component & HasValue<?, String> & HasValidation> LocalizedTextFields<F> of(
            String idPrefix, F en, F fr, F ar) {
        en.setId(idPrefix + "-en");
        fr.setId(idPrefix + "-fr");
        ar.setId(idPrefix + "-ar");
        ar.getElement().setAttribute("dir", "rtl");
        en.setManualValidation(true);
        fr.setManualValidation(true);
        ar.setManualValidation(true);
        return new LocalizedTextFields<>(en, fr, ar);
    }

    /** The field's labels: "Name (English)"… from the translation keys {@code <key>.en} etc. */
    public void setLabels(java.util.function.Function<String, String> translate, String key) {
        ((com.vaadin.flow.component.HasLabel) en).setLabel(translate.apply(key + ".en"));
        ((com.vaadin.flow.component.HasLabel) fr).setLabel(translate.apply(key + ".fr"));
        ((com.vaadin.flow.component.HasLabel) ar).setLabel(translate.apply(key + ".ar"));
    }

    /** Binds the three fields to a mutable holder; {@code englishRequired} for names. */
    public <B> void bind(
            Binder<B> binder,
            com.vaadin.flow.function.ValueProvider<B, LocalizedText> getter,
            com.vaadin.flow.data.binder.Setter<B, LocalizedText> setter,
            boolean englishRequired,
            int maxLength,
            com.vaadin.flow.data.binder.ErrorMessageProvider required) {
        String tooLong = "≤ " + maxLength;
        Binder.BindingBuilder<B, String> english =
                binder.forField(en).withValidator(new StringLengthValidator(tooLong, 0, maxLength));
        if (englishRequired) {
            english = english.asRequired(required);
        }
        english.bind(
                bean -> text(getter.apply(bean), "en"),
                (bean, value) -> setter.accept(bean, with(getter.apply(bean), "en", value)));
        binder.forField(fr)
                .withValidator(new StringLengthValidator(tooLong, 0, maxLength))
                .bind(
                        bean -> text(getter.apply(bean), "fr"),
                        (bean, value) -> setter.accept(bean, with(getter.apply(bean), "fr", value)));
        binder.forField(ar)
                .withValidator(new StringLengthValidator(tooLong, 0, maxLength))
                .bind(
                        bean -> text(getter.apply(bean), "ar"),
                        (bean, value) -> setter.accept(bean, with(getter.apply(bean), "ar", value)));
    }

    static String text(LocalizedText text, String language) {
        if (text == null) {
            return "";
        }
        String value = switch (language) {
            case "fr" -> text.fr();
            case "ar" -> text.ar();
            default -> text.en();
        };
        return value == null ? "" : value;
    }

    /** The text with one language replaced; blank is absent, and no language at all is null. */
    public static LocalizedText with(LocalizedText text, String language, String value) {
        String en = text == null ? null : text.en();
        String fr = text == null ? null : text.fr();
        String ar = text == null ? null : text.ar();
        String cleaned = value == null || value.isBlank() ? null : value.trim();
        switch (language) {
            case "fr" -> fr = cleaned;
            case "ar" -> ar = cleaned;
            default -> en = cleaned;
        }
        return en == null && fr == null && ar == null ? null : new LocalizedText(en, fr, ar);
    }
}
