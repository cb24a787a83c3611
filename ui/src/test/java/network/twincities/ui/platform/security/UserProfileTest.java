package network.twincities.ui.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.identitystore.openid.Claims;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UserProfileTest {

    /** Claims of a token, as a map. */
    private record MapClaims(Map<String, Object> values) implements Claims {
        @Override
        public Optional<String> getStringClaim(String name) {
            Object value = values.get(name);
            if (value != null && !(value instanceof String)) {
                throw new IllegalArgumentException(name + " is no string");
            }
            return Optional.ofNullable((String) value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<String> getArrayStringClaim(String name) {
            Object value = values.get(name);
            return value == null ? List.of() : (List<String>) value;
        }

        @Override
        public Optional<Instant> getNumericDateClaim(String name) {
            return Optional.empty();
        }

        @Override
        public OptionalInt getIntClaim(String name) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalLong getLongClaim(String name) {
            return OptionalLong.empty();
        }

        @Override
        public OptionalDouble getDoubleClaim(String name) {
            return OptionalDouble.empty();
        }

        @Override
        public Optional<Claims> getNested(String name) {
            return Optional.empty();
        }
    }

    private static String translate(String key) {
        return Map.of(
                        "role.official", "Official",
                        "role.forum-admin", "Forum administrator",
                        "role.api-client", "API client",
                        "user.noRole", "No role")
                .getOrDefault(key, "!" + key);
    }

    @Test
    void anOfficialOfATerritory() {
        UserProfile user = UserProfile.fromClaims(List.of(new MapClaims(Map.of(
                "preferred_username", "official.casablanca",
                "name", "Amina Benali",
                "groups", List.of("offline_access", "official", "default-roles-twincities"),
                "territory", "casablanca-settat"))));
        assertEquals("official.casablanca", user.username());
        assertEquals("Amina Benali", user.displayName());
        assertEquals(List.of("official"), user.roles());
        assertEquals("casablanca-settat", user.territory());
        assertEquals("Official · casablanca-settat", user.rolesLabel(UserProfileTest::translate));
    }

    @Test
    void aForumAdministratorWithoutNameOrTerritory() {
        UserProfile user = UserProfile.fromClaims(List.of(new MapClaims(
                Map.of("preferred_username", "admin.forum", "groups", List.of("/forum-admin", "api-client")))));
        assertEquals("admin.forum", user.displayName());
        assertEquals(List.of("forum-admin", "api-client"), user.roles());
        assertNull(user.territory());
        assertEquals("Forum administrator, API client", user.rolesLabel(UserProfileTest::translate));
    }

    @Test
    void theIdentityTokenCompletesTheAccessToken() {
        UserProfile user = UserProfile.fromClaims(List.of(
                new MapClaims(Map.of("preferred_username", "official.rehamna", "territory", 42)),
                new MapClaims(Map.of("name", "Youssef Alaoui", "territory", "rehamna"))));
        assertEquals("Youssef Alaoui", user.displayName());
        assertEquals("rehamna", user.territory());
        assertEquals("No role · rehamna", user.rolesLabel(UserProfileTest::translate));
    }

    @Test
    void noClaimsIsNobody() {
        UserProfile user = UserProfile.fromClaims(List.of());
        assertEquals("", user.displayName());
        assertEquals(List.of(), user.roles());
    }
}
