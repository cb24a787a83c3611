package network.twincities.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A step of a project: what, by when, and whether it is done. */
@Embeddable
public class Milestone {

    public static final int TITLE_MAX = 200;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected Milestone() {}

    public Milestone(String title, LocalDate dueDate, boolean done) {
        this.title = Objects.requireNonNull(title);
        this.dueDate = dueDate;
        this.done = done;
    }

    public String title() {
        return title;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean done() {
        return done;
    }
}
