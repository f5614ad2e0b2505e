package org.raschet.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.raschet.core.error.RaschetException;
import org.raschet.core.protocol.Language;
import org.raschet.examples.scenario.ScenarioException;
import org.raschet.examples.scenario.ScenarioResult;
import org.raschet.examples.scenario.ScenarioRunner;
import org.raschet.examples.scenario.json.JsonPath;
import org.raschet.examples.scenario.json.Rules;
import org.raschet.examples.scenario.report.JsonReport;
import org.raschet.examples.scenario.report.TextReport;

/**
 * The command line of the examples: {@code run SCENARIO.json [--lang ru|en] [--format text|json]} runs a scenario
 * and prints its results and protocols. The only class of the scenario runner that touches files and streams.
 *
 * <p>Everything is computed before anything is printed: a bad scenario prints nothing on standard output, only
 * its error (JSON path, rule, and for Raschet's own faults the error code) on standard error. Output is UTF-8 with
 * {@code "\n"} line ends whatever the platform, locale or time zone.
 *
 * <p>Exit codes: {@value #OK} success; {@value #BAD_SCENARIO} the scenario cannot be read or is bad;
 * {@value #UNEXPECTED} an unexpected failure (a bug: please report it); {@value #USAGE} bad command-line usage.
 */
public final class Main {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure: a bug in Raschet or the runner. */
    public static final int UNEXPECTED = 1;
    /** The scenario cannot be read, is not JSON, or breaks a rule of the format or of Raschet. */
    public static final int BAD_SCENARIO = 2;
    /** Bad command-line usage (EX_USAGE of sysexits.h). */
    public static final int USAGE = 64;

    static final String PROGRAM = "raschet-examples";

    /** Held so that the level set in {@link #main} is not lost when the logger is garbage-collected. */
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");

    static final String USAGE_TEXT = """
            Usage: java -jar raschet-examples.jar run SCENARIO.json [--lang ru|en] [--format text|json]

            Runs a Raschet scenario and prints its results and formula protocols.
              --lang ru|en         language of the text report (default ru)
              --format text|json   text report, or results and protocol as JSON (default text)

            Exit codes: 0 success, 2 bad scenario, 1 unexpected failure, 64 bad usage.
            The scenario format: docs/scenario-format.md
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        // Moneta announces its configuration at INFO on the console; a command-line tool prints only its own output
        MONETA_LOG.setLevel(Level.WARNING);
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line with the given streams, without exiting.
     *
     * @param args the command-line arguments
     * @param out  where results go (nothing is written there on failure)
     * @param err  where errors and usage go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ScenarioRunner::run);
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with the runner given (tests inject failures). */
    static int run(String[] args, PrintStream out, PrintStream err, Function<String, ScenarioResult> runner) {
        Command command;
        try {
            command = Command.parse(args);
        } catch (UsageException e) {
            write(err, PROGRAM + ": " + e.getMessage() + "\n\n" + USAGE_TEXT);
            return USAGE;
        }
        if (command.help()) {
            write(out, USAGE_TEXT);
            return OK;
        }
        String report;
        try {
            String text = read(command.scenario());
            ScenarioResult result = runner.apply(text);
            report = command.json() ? JsonReport.render(result) : TextReport.render(result, command.language());
        } catch (ScenarioException e) {
            write(err, ErrorReport.render(command, e));
            return BAD_SCENARIO;
        } catch (RaschetException e) {
            // a domain fault the runner did not attribute to a path: still the scenario's fault
            write(err, ErrorReport.render(command, new ScenarioException(JsonPath.ROOT, e)));
            return BAD_SCENARIO;
        } catch (RuntimeException e) {
            write(err, ErrorReport.unexpected(command, e));
            return UNEXPECTED;
        }
        if (!write(out, report)) {
            write(err, PROGRAM + ": cannot write the report to standard output\n");
            return UNEXPECTED;
        }
        return OK;
    }

    /** The scenario file's text; a file that cannot be read is a bad scenario at {@code $}. */
    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(JsonPath.ROOT, Rules.READABLE, "no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(JsonPath.ROOT, Rules.READABLE, "file " + file + " is not UTF-8 text");
        } catch (InvalidPathException e) {
            throw new ScenarioException(JsonPath.ROOT, Rules.READABLE, "invalid file name: " + file);
        } catch (IOException e) {
            throw new ScenarioException(JsonPath.ROOT, Rules.READABLE,
                    "cannot read " + file + ": " + e.getClass().getSimpleName()
                            + Optional.ofNullable(e.getMessage()).map(m -> " " + m).orElse(""));
        }
    }

    /** Writes {@code text} as UTF-8, whatever the platform's encoding; {@code false} if the stream failed. */
    private static boolean write(PrintStream stream, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        stream.write(bytes, 0, bytes.length);
        stream.flush();
        return !stream.checkError();
    }

    /** A command line that cannot be understood. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * A parsed command line.
     *
     * @param help     whether help was asked for
     * @param scenario the scenario file
     * @param language the report language
     * @param json     whether the output is JSON
     */
    record Command(boolean help, String scenario, Language language, boolean json) {
        static Command parse(String[] args) throws UsageException {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            if (args.length == 1 && List.of("help", "--help", "-h").contains(args[0])) {
                return new Command(true, "", Language.RU, false);
            }
            if (!args[0].equals("run")) {
                throw new UsageException("unknown command '" + args[0] + "' (known: run, help)");
            }
            List<String> files = new ArrayList<>();
            String lang = null;
            String format = null;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                String name = a;
                String value = null;
                if (a.startsWith("--") && a.contains("=")) {
                    name = a.substring(0, a.indexOf('='));
                    value = a.substring(a.indexOf('=') + 1);
                }
                if (name.equals("--lang") || name.equals("--format")) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (name.equals("--lang")) {
                        if (lang != null) {
                            throw new UsageException("option --lang given twice");
                        }
                        lang = value;
                    } else {
                        if (format != null) {
                            throw new UsageException("option --format given twice");
                        }
                        format = value;
                    }
                } else if (a.startsWith("-")) {
                    throw new UsageException("unknown option '" + a + "'");
                } else {
                    files.add(a);
                }
            }
            if (files.size() != 1) {
                throw new UsageException(files.isEmpty() ? "no scenario file given"
                        : "one scenario file expected, got " + files.size());
            }
            Language language = switch (lang == null ? "ru" : lang) {
                case "ru" -> Language.RU;
                case "en" -> Language.EN;
                default -> throw new UsageException("--lang must be ru or en, not '" + lang + "'");
            };
            boolean json = switch (format == null ? "text" : format) {
                case "text" -> false;
                case "json" -> true;
                default -> throw new UsageException("--format must be text or json, not '" + format + "'");
            };
            return new Command(false, files.get(0), language, json);
        }
    }
}
