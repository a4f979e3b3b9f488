package org.newsgeo.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jobs/newsgeo} command line; the same main class runs under spark-submit. Exit status: 0 done,
 * 1 the job failed, 2 bad usage (with a one-line reason on stderr).
 */
@Command(name = "newsgeo", mixinStandardHelpOptions = true, version = "newsgeo 0.1.0",
        description = "Measure how the world's news covers countries and their leaders.",
        subcommands = {RunCommand.class, ExtractCommand.class, MentionsCommand.class, TrendsCommand.class,
                       SqlCommand.class, RecordCommand.class, GazetteerCommand.class,
                       CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status (tests call this instead of main). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("newsgeo: " + ex.getMessage() + " (see --help)");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("newsgeo: " + ex.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("newsgeo: job failed: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, extract, mentions, "
                + "trends, sql, record, gazetteer");
    }
}
