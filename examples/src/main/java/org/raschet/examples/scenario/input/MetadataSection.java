package org.raschet.examples.scenario.input;

import org.raschet.examples.scenario.json.ArrayShape;
import org.raschet.examples.scenario.json.JsonCursor;
import org.raschet.examples.scenario.json.ObjectCursor;
import org.raschet.examples.scenario.json.ObjectShape;
import org.raschet.examples.scenario.json.Property;
import org.raschet.examples.scenario.json.ValueShape;

/** The {@code metadata} section: name, description and sources cited. Required. */
public final class MetadataSection implements InputSection<Metadata> {
    /** The one instance. */
    public static final MetadataSection INSTANCE = new MetadataSection();

    /** The shape of {@code metadata}. */
    public static final ObjectShape SHAPE = ObjectShape.of("metadata",
            Property.required("name", ValueShape.STRING),
            Property.optional("description", ValueShape.STRING),
            Property.optional("sources", ArrayShape.of(ValueShape.STRING)));

    private MetadataSection() {
    }

    @Override
    public Property property() {
        return Property.required("metadata", SHAPE);
    }

    @Override
    public Metadata parse(JsonCursor value, ScenarioInputs earlier) {
        ObjectCursor o = value.object(SHAPE);
        return new Metadata(o.string("name"), o.findString("description"), o.strings("sources"));
    }

    @Override
    public Metadata absent(ScenarioInputs earlier) {
        throw new IllegalStateException("metadata is required");
    }
}
