package network.twincities.ui.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;
import network.twincities.ui.platform.api.Page;
import org.junit.jupiter.api.Test;

/** The backend's JSON read with Yasson, the JSON-B implementation the rest client uses in Payara. */
class TerritoryJsonTest {

    private static final String PAGE = """
            {"items":[{"slug":"casablanca-settat","kind":"REGION",
              "name":{"en":"Casablanca-Settat","fr":"Région Casablanca-Settat","ar":"جهة الدار البيضاء-سطات"},
              "parent":"morocco","country":"MA","isoCode":"MA-06","population":6861739,"populationYear":2014,
              "location":{"lat":33.5731,"lon":-7.5898},"membership":"MEMBER","version":1,
              "createdAt":"2024-05-22T14:00:00Z"},
             {"slug":"morocco","kind":"COUNTRY","name":{"en":"Morocco"},"country":"MA","membership":"MEMBER","version":3}],
             "page":0,"size":20,"total":6}
            """;

    private static final Type PAGE_OF_TERRITORIES = new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
            return new Type[] {Territory.class};
        }

        @Override
        public Type getRawType() {
            return Page.class;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    };

    @Test
    void readsAPageOfTerritories() throws Exception {
        Page<Territory> page;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            page = jsonb.fromJson(PAGE, PAGE_OF_TERRITORIES);
        }
        assertEquals(0, page.page());
        assertEquals(20, page.size());
        assertEquals(6, page.total());
        assertEquals(2, page.items().size());

        Territory casablanca = page.items().get(0);
        assertEquals("casablanca-settat", casablanca.slug());
        assertEquals("REGION", casablanca.kind());
        assertEquals("جهة الدار البيضاء-سطات", casablanca.name().in(new Locale("ar")));
        assertEquals("morocco", casablanca.parent());
        assertEquals(6861739L, casablanca.population());
        assertEquals(2014, casablanca.populationYear());
        assertEquals(33.5731, casablanca.location().lat());
        assertEquals("MEMBER", casablanca.membership());

        Territory morocco = page.items().get(1);
        assertEquals("Morocco", morocco.name().in(Locale.FRENCH));
        assertNull(morocco.parent());
        assertNull(morocco.population());
        assertNull(morocco.location());
    }
}
