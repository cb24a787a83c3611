package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import network.twincities.partner.boundary.PartnerSystemsResource;
import network.twincities.platform.problem.ThrowableMapper;
import network.twincities.platform.security.AuthenticationFilter;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.JacksonProvider;

class ApiClassesTest {

    @Test
    void theApplicationsResourcesAndProvidersAndNoLibrarys() {
        var classes = ApiClasses.beside(TwinCitiesApi.class);
        assertThat(classes)
                .contains(PartnerSystemsResource.class, ThrowableMapper.class, AuthenticationFilter.class)
                .doesNotContain(JacksonProvider.class)
                .allSatisfy(type -> assertThat(type.getName()).startsWith("network.twincities."));
    }
}
