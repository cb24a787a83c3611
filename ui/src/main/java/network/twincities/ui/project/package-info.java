/**
 * Collaborative projects: the list (read page by page from the API), a project's page with its
 * milestones, indicators and progress log, and the forms that create and edit them.
 */
package network.twincities.ui.project;
