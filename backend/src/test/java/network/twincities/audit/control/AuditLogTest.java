package network.twincities.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import network.twincities.audit.entity.AuditAction;
import network.twincities.audit.entity.AuditEntry;
import network.twincities.platform.ResourceName;
import network.twincities.platform.persistence.Appends;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change recorded is published as a {@link Changed} event, with the resource as the API serves it. */
public class AuditLogTest {

    public record Thing(String slug, String name, int version) {}

    final List<Object> persisted = new ArrayList<>();
    final List<Changed> fired = new ArrayList<>();
    int flushes;
    final AuditLog log = new AuditLog();

    @BeforeEach
    void wire() {
        log.appends = new Appends() {
            @Override
            public <R> void add(Table<R> table, R row) {
                assertThat(table).isSameAs(AuditLog.ENTRIES);
                persisted.add(row);
            }

            @Override
            public void flush() {
                flushes++;
            }
        };
        log.changed = new Recording();
    }

    @Test
    void aCreationIsAuditedAndPublishedWithItsData() {
        log.record(
                "admin.forum",
                ResourceName.TERRITORIES,
                "rehamna",
                AuditAction.CREATE,
                null,
                new Thing("rehamna", "Rehamna", 1),
                1);
        assertThat(persisted).singleElement().isInstanceOf(AuditEntry.class);
        assertThat(flushes).as("written with what the observers appended").isEqualTo(1);
        assertThat(fired).singleElement().satisfies(c -> {
            assertThat(c.resource()).isEqualTo(ResourceName.TERRITORIES);
            assertThat(c.id()).isEqualTo("rehamna");
            assertThat(c.action()).isEqualTo(AuditAction.CREATE);
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.data().getString("name")).isEqualTo("Rehamna");
            assertThat(c.actor()).isEqualTo("admin.forum");
        });
    }

    @Test
    void anEditThatChangedNothingIsNotAuditedButItsNewVersionIsStillPublished() {
        var same = new Thing("rehamna", "Rehamna", 2);
        log.record("admin.forum", ResourceName.TERRITORIES, "rehamna", AuditAction.UPDATE, same, same, 3);
        assertThat(persisted).isEmpty();
        assertThat(fired).singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(3));
    }

    @Test
    void aDeletionIsPublishedWithoutData() {
        log.record(
                "admin.forum", ResourceName.EVENTS, "expo", AuditAction.DELETE, new Thing("expo", "Expo", 4), null, 4);
        assertThat(fired).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(AuditAction.DELETE);
            assertThat(c.data()).isNull();
        });
    }

    /** An {@link Event} that keeps what is fired, as the CDI container would hand it to observers. */
    class Recording implements Event<Changed> {
        @Override
        public void fire(Changed event) {
            fired.add(event);
        }

        @Override
        public <U extends Changed> CompletionStage<U> fireAsync(U event) {
            fired.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends Changed> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<Changed> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends Changed> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this; // every Changed fired is kept, whatever its subtype
        }

        @Override
        @SuppressWarnings("unchecked")
        public <U extends Changed> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            return (Event<U>) this;
        }
    }
}
