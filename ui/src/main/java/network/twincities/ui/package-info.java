/**
 * The TwinCities Network web UI (Vaadin Flow on Payara Micro): a client of the backend's REST API
 * with the logged-in user's token. {@link network.twincities.ui.MainLayout} frames every view; one
 * package per feature ({@code territory}, ...), cross-cutting pieces in {@code platform}.
 */
package network.twincities.ui;
