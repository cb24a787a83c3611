package network.twincities.ui.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hierarchy of territories from their {@code parent} slugs. A territory whose parent is not
 * among them (filtered out, or unknown) is a root, so that nothing disappears from the tree; a
 * cycle (which the backend refuses) is cut so that the tree stays finite.
 */
public final class TerritoryTree {

    private final List<Territory> roots;
    private final Map<String, List<Territory>> children;

    private TerritoryTree(List<Territory> roots, Map<String, List<Territory>> children) {
        this.roots = roots;
        this.children = children;
    }

    public static TerritoryTree of(Collection<Territory> territories, Comparator<Territory> order) {
        Map<String, Territory> bySlug = new LinkedHashMap<>();
        territories.forEach(territory -> bySlug.putIfAbsent(territory.slug(), territory));
        Map<String, List<Territory>> children = new LinkedHashMap<>();
        List<Territory> roots = new ArrayList<>();
        for (Territory territory : bySlug.values()) {
            String parent = territory.parent();
            if (parent == null || parent.equals(territory.slug()) || !bySlug.containsKey(parent)) {
                roots.add(territory);
            } else {
                children.computeIfAbsent(parent, key -> new ArrayList<>()).add(territory);
            }
        }
        // what the roots do not reach hangs in a cycle: each cycle's first member becomes a root
        Set<String> reached = new HashSet<>();
        roots.forEach(root -> reach(root, children, reached));
        for (Territory territory : bySlug.values()) {
            if (!reached.contains(territory.slug())) {
                children.get(territory.parent()).remove(territory);
                roots.add(territory);
                reach(territory, children, reached);
            }
        }
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
        return new TerritoryTree(List.copyOf(roots), children);
    }

    private static void reach(Territory from, Map<String, List<Territory>> children, Set<String> reached) {
        List<Territory> pending = new ArrayList<>(List.of(from));
        while (!pending.isEmpty()) {
            Territory next = pending.remove(pending.size() - 1);
            if (reached.add(next.slug())) {
                pending.addAll(children.getOrDefault(next.slug(), List.of()));
            }
        }
    }

    public List<Territory> roots() {
        return roots;
    }

    public List<Territory> children(Territory parent) {
        return List.copyOf(children.getOrDefault(parent.slug(), List.of()));
    }
}
