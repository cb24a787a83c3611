/**
 * Cooperation axes (digital inclusion, social protection, …) and the UN Sustainable Development
 * Goals they serve: list, detail page, the administrators' form and the backend's {@code /axes}.
 */
package network.twincities.ui.axis;
