package network.twincities.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

class DirectoryTest {

    @Test
    void aNameIsSplitAtItsLastSpaceAndAOneWordNameKeptInBoth() {
        assertThat(Directory.split("Youssef El Idrissi")).containsExactly("Youssef El", "Idrissi");
        assertThat(Directory.split("  Salma   Bennani ")).containsExactly("Salma", "Bennani");
        assertThat(Directory.split("Madonna")).containsExactly("Madonna", "Madonna");
    }

    @Test
    void theNameShownIsFirstAndLastOnceEach() {
        assertThat(Directory.name(user("Amina", "Bennani"))).isEqualTo("Amina Bennani");
        assertThat(Directory.name(user("Madonna", "Madonna"))).isEqualTo("Madonna");
        assertThat(Directory.name(user(null, null))).isEqualTo("login");
        assertThat(Directory.name(user(null, "Bennani"))).isEqualTo("Bennani");
    }

    static UserRepresentation user(String first, String last) {
        var user = new UserRepresentation();
        user.setUsername("login");
        user.setFirstName(first);
        user.setLastName(last);
        return user;
    }
}
