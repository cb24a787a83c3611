package network.twincities.stats.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import network.twincities.memorandum.control.MemorandumRepository;
import network.twincities.practice.control.PracticeStatistics;
import network.twincities.project.control.ProjectStatistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The network's figures")
public class StatsResource {

    @Inject
    ProjectStatistics projects;

    @Inject
    PracticeStatistics practices;

    @Inject
    MemorandumRepository memoranda;

    @GET
    @Transactional(Transactional.TxType.REQUIRED)
    @Operation(
            operationId = "getStats",
            summary = "The dashboard's figures",
            description = "Any authenticated caller. Projects (not deleted) by status, axis and territory (as lead or"
                    + " partner), their beneficiaries, MoUs in force, best practices and adoptions (dropped ones"
                    + " not counted).")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Stats")))
    public StatsRepresentation stats() {
        return new StatsRepresentation(
                new StatsRepresentation.ProjectFigures(projects.byStatus(), projects.byAxis(), projects.byTerritory()),
                projects.beneficiaries(),
                memoranda.countInForce(),
                practices.practices(),
                practices.adoptions());
    }
}
