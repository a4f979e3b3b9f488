package org.newsgeo.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.newsgeo.gazetteer.GazetteerTool;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgeo gazetteer build|stats|lookup}: build the shipped gazetteer, show its coverage, resolve a name. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Build and inspect the world gazetteer (countries, capitals, demonyms, leaders).",
        subcommands = {GazetteerCommand.Build.class, GazetteerCommand.Stats.class, GazetteerCommand.Lookup.class})
public final class GazetteerCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the artifact from the source data and curated files.")
    static final class Build implements Callable<Integer> {
        @Option(names = "--sources", description = "gazetteer source folder (default: ${DEFAULT-VALUE})",
                defaultValue = "src/gazetteer")
        Path sources;

        @Option(names = "--out", description = "output folder (default: ${DEFAULT-VALUE})",
                defaultValue = "src/main/resources/org/newsgeo/gazetteer")
        Path out;

        @Override
        public Integer call() {
            if (!sources.resolve("sources").toFile().isDirectory()) {
                System.err.println("gazetteer build: no sources/ folder in " + sources);
                return 2;
            }
            return GazetteerTool.build(sources, out);
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Print the coverage of the shipped gazetteer.")
    static final class Stats implements Callable<Integer> {
        @Override
        public Integer call() {
            GazetteerTool.stats(System.out);
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show what a name resolves to and, for leaders, the role held on a date.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(index = "0", description = "the name, e.g. Lukashenko or Tiongkok")
        String name;

        @Option(names = "--date", description = "YYYY-MM-DD (default: today)")
        String date;

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = date == null ? LocalDate.now() : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                System.err.println("gazetteer lookup: bad --date " + date + " (want YYYY-MM-DD)");
                return 2;
            }
            GazetteerTool.lookup(name, day, System.out);
            return 0;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new GazetteerCommand()).execute(args));
    }
}
