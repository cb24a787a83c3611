package network.twincities.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import network.twincities.project.control.ProjectRepository;

/**
 * Walks every project that is not deleted in the order of their ids, {@value #SIZE} at a time, each batch
 * read in a transaction of its own: what the export holds at once is one batch, however many projects
 * there are. A project created during the walk appears if its id is above the walk's position.
 */
@ApplicationScoped
public class ProjectBatches {

    public static final int SIZE = 500;

    /** Takes the projects one by one. */
    @FunctionalInterface
    public interface Sink {
        void accept(ExportedProject project) throws IOException;
    }

    @Inject
    ProjectRepository projects;

    /** The next batch after the project with this row id (0 for the first). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ExportedProject> after(long key, int size) {
        return projects.batchAfter(key, size).stream().map(ExportedProject::of).toList();
    }

    /**
     * Hands every project to the sink, batch by batch; called on this bean from outside, so that each
     * batch gets its transaction.
     */
    public static void each(ProjectBatches batches, Sink sink) throws IOException {
        long key = 0;
        while (true) {
            var batch = batches.after(key, SIZE);
            for (var project : batch) {
                sink.accept(project);
            }
            if (batch.size() < SIZE) {
                return;
            }
            key = batch.get(batch.size() - 1).key();
        }
    }
}
