package network.twincities.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import org.junit.jupiter.api.Test;

/** The hierarchy from parent slugs: roots, children in order, orphans and cycles kept visible. */
class TerritoryTreeTest {

    private static final Comparator<Territory> BY_NAME =
            Comparator.comparing(t -> t.name().en());

    static Territory territory(String slug, String name, String parent) {
        return new Territory(
                slug,
                "REGION",
                new LocalizedText(name, null, null),
                parent,
                "MA",
                null,
                null,
                null,
                null,
                null,
                1L,
                null,
                null,
                null,
                null);
    }

    private static List<String> slugs(List<Territory> territories) {
        return territories.stream().map(Territory::slug).toList();
    }

    @Test
    void buildsTheHierarchyFromParentSlugs() {
        Territory morocco = territory("morocco", "Morocco", null);
        Territory casablanca = territory("casablanca-settat", "Casablanca-Settat", "morocco");
        Territory marrakech = territory("marrakech-safi", "Marrakech-Safi", "morocco");
        Territory rehamna = territory("rehamna", "Rehamna", "marrakech-safi");
        Territory usa = territory("united-states", "United States", null);
        Territory nyc = territory("new-york-city", "New York City", "united-states");

        TerritoryTree tree = TerritoryTree.of(List.of(rehamna, nyc, marrakech, usa, casablanca, morocco), BY_NAME);

        assertEquals(List.of("morocco", "united-states"), slugs(tree.roots()));
        assertEquals(List.of("casablanca-settat", "marrakech-safi"), slugs(tree.children(morocco)));
        assertEquals(List.of("rehamna"), slugs(tree.children(marrakech)));
        assertEquals(List.of("new-york-city"), slugs(tree.children(usa)));
        assertEquals(List.of(), tree.children(rehamna));
    }

    @Test
    void aTerritoryWhoseParentIsNotShownIsARoot() {
        Territory rehamna = territory("rehamna", "Rehamna", "marrakech-safi");
        Territory city = territory("ben-guerir", "Ben Guerir", "rehamna");
        Territory nyc = territory("new-york-city", "New York City", "united-states");

        TerritoryTree tree = TerritoryTree.of(List.of(city, rehamna, nyc), BY_NAME);

        assertEquals(List.of("new-york-city", "rehamna"), slugs(tree.roots()));
        assertEquals(List.of("ben-guerir"), slugs(tree.children(rehamna)));
    }

    @Test
    void aCycleIsCutSoThatEveryTerritoryAppearsOnce() {
        Territory a = territory("a", "A", "b");
        Territory b = territory("b", "B", "a");
        Territory self = territory("self", "Self", "self");

        TerritoryTree tree = TerritoryTree.of(List.of(a, b, self), BY_NAME);

        assertEquals(List.of("a", "self"), slugs(tree.roots()));
        assertEquals(List.of("b"), slugs(tree.children(a)));
        assertEquals(List.of(), tree.children(b));
        assertEquals(List.of(), tree.children(self));
    }

    @Test
    void aDuplicateSlugIsShownOnce() {
        Territory first = territory("rehamna", "Rehamna", null);
        TerritoryTree tree = TerritoryTree.of(List.of(first, territory("rehamna", "Other", null)), BY_NAME);
        assertEquals(List.of(first), tree.roots());
    }
}
