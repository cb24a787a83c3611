/**
 * Languages of the UI (English, French, Arabic) and how a UI gets and switches its language; Arabic
 * turns the page right-to-left. Translations live in {@code vaadin-i18n/translations*.properties},
 * read by Vaadin's default I18NProvider.
 */
package network.twincities.ui.platform.i18n;
