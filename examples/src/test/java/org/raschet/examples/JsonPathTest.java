package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.raschet.examples.scenario.json.JsonPath;

/** JSON paths in error messages: dots for identifiers, brackets and quotes for other names. */
class JsonPathTest {
    @Test
    void identifiers_indexes_and_quoted_names() {
        assertEquals("$.readings[3].value", JsonPath.ROOT.property("readings").index(3).property("value").text());
        assertEquals("$.premises[0].residents['2026-02-15']",
                JsonPath.ROOT.property("premises").index(0).property("residents").property("2026-02-15").text());
        assertEquals("$['it\\'s']", JsonPath.ROOT.property("it's").text());
        assertEquals("$.$schema", JsonPath.ROOT.property("$schema").text());
    }
}
