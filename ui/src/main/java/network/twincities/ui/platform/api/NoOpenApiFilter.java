package network.twincities.ui.platform.api;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara Micro serves one {@code /openapi} document, merged from the documents of every deployed WAR.
 * The UI's REST client interfaces ({@code @Path}) make Payara count the UI among them, with the UI's
 * root as a server of the API. The UI offers no API: this filter empties its part, so the merged
 * document describes the API alone, with the API's server only.
 */
public class NoOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        // a mutable list: Payara adds the other WARs' servers to it when merging
        document.setServers(new ArrayList<>());
        document.setInfo(null);
    }
}
