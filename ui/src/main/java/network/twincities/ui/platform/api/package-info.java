/**
 * The backend's REST API as the UI sees it: the MicroProfile Rest Clients are built here with the
 * configured base URL and a filter that sends the logged-in user's access token; shared
 * representations (pages, multilingual text) and the mapping of problem+json errors.
 */
package network.twincities.ui.platform.api;
