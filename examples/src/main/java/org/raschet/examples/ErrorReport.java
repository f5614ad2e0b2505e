package org.raschet.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.report.JsonOutput;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the command line reports a failure on standard error: as {@code key: value} lines, or with
 * {@code --format json} as one JSON object, so that scripts can read the path, rule and code.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    /** A bad scenario: file, JSON path, rule, Raschet's error code if any, and the message. */
    static String render(Main.Command command, ScenarioException e) {
        if (command.json()) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ObjectNode error = root.putObject("error");
            error.put("kind", "bad-scenario");
            error.put("file", command.scenario());
            error.put("path", e.path().text());
            error.put("rule", e.rule());
            e.code().ifPresent(c -> error.put("code", c));
            error.put("message", e.detail());
            return JsonOutput.write(root);
        }
        StringBuilder out = new StringBuilder();
        out.append(Main.PROGRAM).append(": bad scenario ").append(command.scenario()).append('\n');
        out.append("  path:    ").append(e.path()).append('\n');
        out.append("  rule:    ").append(e.rule()).append('\n');
        e.code().ifPresent(c -> out.append("  code:    ").append(c).append('\n'));
        out.append("  message: ").append(e.detail()).append('\n');
        return out.toString();
    }

    /** An unexpected failure, with its stack trace for the bug report. */
    static String unexpected(Main.Command command, RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String t = trace.toString().replace(System.lineSeparator(), "\n");
        if (command.json()) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            ObjectNode error = root.putObject("error");
            error.put("kind", "unexpected");
            error.put("file", command.scenario());
            error.put("message", String.valueOf(e));
            error.put("trace", t);
            return JsonOutput.write(root);
        }
        return Main.PROGRAM + ": unexpected failure running " + command.scenario() + " (please report it): " + e
                + "\n" + t;
    }
}
