package network.twincities.ui.territory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The territories on a Leaflet map: one marker per territory with a location, its popup naming it
 * with a link to its profile. Leaflet comes from its WebJar inside the WAR, loaded at run time (no
 * frontend build); tiles come from OpenStreetMap when the browser can reach it, and the markers
 * are drawn without them. The element carries {@code data-marker-count} once drawn.
 */
public class TerritoryMap extends Div {

    private static final long serialVersionUID = 1L;

    static final String LEAFLET = "webjars/leaflet/1.9.4/dist/";

    /** One marker: what the browser needs, nothing else. */
    record Marker(String slug, String name, double lat, double lon) {}

    private List<Marker> markers = List.of();

    public TerritoryMap() {
        setId("territory-map");
        setWidthFull();
        setHeight("60vh");
        getStyle().set("min-height", "320px").set("border-radius", "var(--lumo-border-radius-m)");
        getElement().setAttribute("data-marker-count", "0");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addStyleSheet("context://" + LEAFLET + "leaflet.css");
        attachEvent.getUI().getPage().addJavaScript("context://" + LEAFLET + "leaflet.js");
        draw();
    }

    /** Shows these territories; those without a complete location get no marker. */
    public void show(List<Territory> territories, Locale locale) {
        markers = markers(territories, locale);
        getElement().setAttribute("data-marker-count", String.valueOf(markers.size()));
        draw();
    }

    /**
     * Shows these territories, each marker named by {@code label} (the dashboard's "Rehamna: 3
     * projects"); a territory without a label or a complete location gets no marker.
     */
    public void show(List<Territory> territories, java.util.function.Function<Territory, String> label) {
        markers = territories.stream()
                .filter(territory ->
                        territory.location() != null && territory.location().isComplete())
                .filter(territory -> label.apply(territory) != null)
                .map(territory -> new Marker(
                        territory.slug(),
                        label.apply(territory),
                        territory.location().lat(),
                        territory.location().lon()))
                .toList();
        getElement().setAttribute("data-marker-count", String.valueOf(markers.size()));
        draw();
    }

    static List<Marker> markers(List<Territory> territories, Locale locale) {
        return territories.stream()
                .filter(territory ->
                        territory.location() != null && territory.location().isComplete())
                .map(territory -> new Marker(
                        territory.slug(),
                        territory.name() == null || territory.name().in(locale).isBlank()
                                ? territory.slug()
                                : territory.name().in(locale),
                        territory.location().lat(),
                        territory.location().lon()))
                .toList();
    }

    static String json(List<Marker> markers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        markers.forEach(marker -> array.add(Json.createObjectBuilder()
                .add("slug", marker.slug())
                .add("name", marker.name())
                .add("lat", marker.lat())
                .add("lon", marker.lon())));
        return array.build().toString();
    }

    /** (Re)draws the markers once Leaflet has loaded; also resizes the map to its element. */
    public void draw() {
        if (!isAttached()) {
            return;
        }
        getElement().executeJs("""
                const el = this;
                const markers = JSON.parse($0);
                const base = $1;
                const ctx = $2;
                let tries = 0;
                const draw = () => {
                  if (!window.L) {
                    if (tries++ < 200) { setTimeout(draw, 50); }
                    return;
                  }
                  if (!el._twcMap) {
                    L.Icon.Default.imagePath = base + 'images/';
                    el._twcMap = L.map(el, { worldCopyJump: true }).setView([20, 0], 2);
                    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
                      maxZoom: 19,
                      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
                    }).addTo(el._twcMap);
                    el._twcLayer = L.layerGroup().addTo(el._twcMap);
                  }
                  el._twcLayer.clearLayers();
                  const points = [];
                  markers.forEach(m => {
                    const link = document.createElement('a');
                    link.href = ctx + '/territories/' + encodeURIComponent(m.slug);
                    link.textContent = m.name;
                    link.className = 'territory-map-link';
                    const marker = L.marker([m.lat, m.lon], { title: m.name, alt: m.name }).bindPopup(link);
                    marker.addTo(el._twcLayer);
                    const icon = marker.getElement();
                    if (icon) { icon.setAttribute('data-slug', m.slug); }
                    points.push([m.lat, m.lon]);
                  });
                  el.setAttribute('data-marker-count', String(markers.length));
                  el.setAttribute('data-drawn', 'true');
                  el._twcMap.invalidateSize();
                  if (points.length > 0 && el.offsetWidth > 0) {
                    el._twcMap.fitBounds(points, { maxZoom: 7, padding: [40, 40] });
                  }
                };
                draw();
                """, json(markers), contextPath() + "/" + LEAFLET, contextPath());
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }
}
