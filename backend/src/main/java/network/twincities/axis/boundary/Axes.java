package network.twincities.axis.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Writable;

/** What is the cooperation axes' own in a write: their fields and their representation. */
@ApplicationScoped
public class Axes implements Writable<Axis, Axes.Fields, AxisRepresentation> {

    @Inject
    AxisRepository axes;

    /** The editable fields of an axis. */
    public record Fields(LocalizedText name, LocalizedText description, List<Integer> sdgs) {}

    @Override
    public ResourceName resource() {
        return ResourceName.AXES;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_REGISTRY;
    }

    @Override
    public Optional<Axis> find(String slug) {
        return axes.findBySlug(slug);
    }

    @Override
    public AxisRepresentation represent(Axis axis) {
        return AxisRepresentation.of(axis);
    }

    @Override
    public Fields read(Input in, Axis current) {
        return new Fields(
                in.text("name", true, true, Input.NAME_MAX),
                in.text("description", false, false, Input.SUMMARY_MAX),
                in.integers("sdgs", Axis.FIRST_SDG, Axis.LAST_SDG, false));
    }

    @Override
    public Axis create(String slug, Fields fields, String actor) {
        var axis = new Axis(slug, fields.name(), actor);
        update(axis, fields);
        return axis;
    }

    @Override
    public void update(Axis axis, Fields fields) {
        axis.edit(fields.name(), fields.description(), fields.sdgs());
    }
}
