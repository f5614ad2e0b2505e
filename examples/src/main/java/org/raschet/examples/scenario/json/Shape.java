package org.raschet.examples.scenario.json;

/**
 * The declared shape of a part of a scenario: an object with named properties, an array, a map with keys of one
 * kind, or a single value. The parser reads only what a shape declares (anything else is an unknown property), and
 * a test walks the shapes against {@code docs/scenario.schema.json} so the two cannot drift.
 */
public sealed interface Shape permits ObjectShape, ArrayShape, MapShape, ValueShape {
}
