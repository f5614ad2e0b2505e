package org.raschet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The command line: exit codes, and nothing on standard output unless the whole run succeeded. */
class MainTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(Function<String, ScenarioResult> runner, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), runner);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(ScenarioRunner::run, args);
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    private String file(String name, JsonNode tree) throws IOException {
        return file(name, tree.toString());
    }

    @Test
    void a_good_scenario_prints_its_report_and_exits_0() throws IOException {
        String f = file("base.json", Scenarios.BASE);
        Run r = run("run", f);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Сценарий: base\n"), r.out());
        assertTrue(r.out().contains("P = round(V × T; 2) = round(187,500000 × 5,6700; 2) = 1063,13 ₽"), r.out());
        Run en = run("run", "--lang=en", f, "--format", "text");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("P = round(V × T, 2) = round(187.500000 × 5.6700, 2) = 1063.13 RUB"), en.out());
        Run json = run("run", f, "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode tree = ScenarioRunner.parse(json.out());
        assertEquals("1063.13 RUB", tree.at("/sections/1/results/charges/1/amount").stringValue());
    }

    @Test
    void a_bad_scenario_prints_path_rule_and_code_on_stderr_nothing_on_stdout_and_exits_2() throws IOException {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/2").put("value", "1200");
        String f = file("decrease.json", tree);
        Run r = run("run", f);
        assertEquals(Main.BAD_SCENARIO, r.code());
        assertEquals("", r.out());
        assertEquals("raschet-examples: bad scenario " + f + "\n"
                + "  path:    $.readings[2].value\n"
                + "  rule:    readings.non-decreasing\n"
                + "  code:    RASCHET-READING-DECREASE\n"
                + "  message: meter 77-0042 on 2026-03-31: reading 1200.000000 kWh of register T is below the "
                + "previous 1250.000000 kWh of 2026-02-28; rule readings.non-decreasing [RASCHET-READING-DECREASE]\n",
                r.err());
    }

    @Test
    void a_bad_scenario_with_format_json_reports_the_error_as_json() throws IOException {
        ObjectNode tree = Scenarios.base();
        Scenarios.at(tree, "/readings/3").put("value", true);
        String f = file("type.json", tree);
        Run r = run("run", f, "--format", "json");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        JsonNode error = ScenarioRunner.parse(r.err()).get("error");
        assertEquals("bad-scenario", error.get("kind").stringValue());
        assertEquals("$.readings[3].value", error.get("path").stringValue());
        assertEquals("scenario.type", error.get("rule").stringValue());
        assertTrue(error.get("code") == null, "a form fault has no Raschet code");
    }

    @Test
    void malformed_json_missing_file_and_directory_exit_2() throws IOException {
        Run syntax = run("run", file("broken.json", "{\"metadata\": "));
        assertEquals(2, syntax.code());
        assertEquals("", syntax.out());
        assertTrue(syntax.err().contains("  rule:    json.syntax\n"), syntax.err());

        Run missing = run("run", dir.resolve("absent.json").toString());
        assertEquals(2, missing.code());
        assertEquals("", missing.out());
        assertTrue(missing.err().contains("  rule:    scenario.readable\n"), missing.err());

        Run directory = run("run", dir.toString());
        assertEquals(2, directory.code());
        assertTrue(directory.err().contains("scenario.readable"), directory.err());
    }

    @Test
    void a_file_that_is_not_utf8_exits_2() throws IOException {
        Path p = dir.resolve("latin1.json");
        Files.write(p, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        Run r = run("run", p.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not UTF-8"), r.err());
    }

    @Test
    void an_unexpected_failure_exits_1_with_nothing_on_stdout() throws IOException {
        String f = file("base.json", Scenarios.BASE);
        Run r = run(text -> {
            throw new IllegalStateException("boom");
        }, "run", f);
        assertEquals(Main.UNEXPECTED, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("raschet-examples: unexpected failure running " + f), r.err());
        assertTrue(r.err().contains("java.lang.IllegalStateException: boom"), r.err());
    }

    @Test
    void a_report_that_cannot_be_written_exits_1() throws IOException {
        String f = file("base.json", Scenarios.BASE);
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"run", f}, new PrintStream(broken, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.UNEXPECTED, code);
        assertEquals("raschet-examples: cannot write the report to standard output\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bad_usage_exits_64_with_the_usage_on_stderr() throws IOException {
        String f = file("base.json", Scenarios.BASE);
        String[][] bad = {
            {},
            {"compute", f},
            {"run"},
            {"run", f, f},
            {"run", f, "--lang"},
            {"run", f, "--lang", "de"},
            {"run", f, "--format=xml"},
            {"run", f, "--lang", "ru", "--lang", "en"},
            {"run", f, "--verbose"},
        };
        for (String[] args : bad) {
            Run r = run(args);
            assertEquals(Main.USAGE, r.code(), String.join(" ", args));
            assertEquals("", r.out(), String.join(" ", args));
            assertTrue(r.err().startsWith("raschet-examples: "), r.err());
            assertTrue(r.err().contains("Usage: java -jar raschet-examples.jar run SCENARIO.json"), r.err());
        }
    }

    @Test
    void help_prints_the_usage_on_stdout_and_exits_0() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertEquals(Main.USAGE_TEXT, r.out());
        assertEquals("", r.err());
    }
}
