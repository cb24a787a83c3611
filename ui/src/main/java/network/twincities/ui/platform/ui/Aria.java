package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.select.Select;

/** Mends ARIA that Vaadin's components write and WCAG does not allow. */
public final class Aria {

    private Aria() {}

    /**
     * A required select: vaadin-select writes {@code aria-required} on its value button, whose role
     * (button) may not have it (axe: aria-allowed-attr). This takes it off each time it is written; the
     * required indicator and the error message at the field stay.
     */
    public static void requiredSelect(Select<?> select) {
        select.addAttachListener(event -> select.getElement().executeJs("""
                        const mend = () => this.querySelectorAll('vaadin-select-value-button[aria-required]')
                            .forEach(button => button.removeAttribute('aria-required'));
                        if (!this.__ariaMended) {
                            this.__ariaMended = new MutationObserver(mend);
                            this.__ariaMended.observe(this, {subtree: true, attributes: true, childList: true,
                                attributeFilter: ['aria-required']});
                        }
                        mend();
                        """));
    }
}
