package network.twincities.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import network.twincities.platform.domain.RuleViolation;

/** What an editor of a project reported on its progress: a text and a percentage, by whom, when. */
@Entity
@Table(name = "project_update")
public class ProgressUpdate {

    public static final int TEXT_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private int progress;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String author;

    protected ProgressUpdate() {}

    ProgressUpdate(Project project, String text, int progress, Instant at, String author) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("text", "must say what happened");
        }
        if (progress < 0 || progress > 100) {
            throw RuleViolation.invalid("progress", "must be between 0 and 100");
        }
        this.uuid = UUID.randomUUID();
        this.project = Objects.requireNonNull(project);
        this.text = text.strip();
        this.progress = progress;
        this.at = Objects.requireNonNull(at);
        this.author = Objects.requireNonNull(author);
    }

    public UUID uuid() {
        return uuid;
    }

    public Project project() {
        return project;
    }

    public String text() {
        return text;
    }

    public int progress() {
        return progress;
    }

    public Instant at() {
        return at;
    }

    public String author() {
        return author;
    }
}
