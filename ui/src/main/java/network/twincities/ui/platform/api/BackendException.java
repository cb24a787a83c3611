package network.twincities.ui.platform.api;

/** The backend answered an error status; {@link #problem()} says what it said. */
public class BackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public BackendException(Problem problem) {
        super("Backend answered " + problem.status() + ": " + problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
