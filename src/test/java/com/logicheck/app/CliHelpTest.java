package com.logicheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.DatabaseTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's help comes from the UI's bundles: every command's and option's description is there in both
 * languages (by its qualified key, or a shared key for the options every command has), every CLI key in the bundles
 * belongs to a command, and {@code --help} prints Chinese by default and English with {@code --lang en}.
 */
@DatabaseTest
class CliHelpTest {
    @TempDir
    Path dir;
    static Properties chinese;
    static Properties english;

    @BeforeAll
    static void read() throws IOException {
        chinese = load("/i18n/messages.properties");
        english = load("/i18n/messages_en.properties");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliHelpTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A description picocli looks up: the qualified key, else the shared one; {@code shown}: what it found. */
    record Described(String qualified, String shared, String shown) {
        String in(Properties p) {
            return p.containsKey(qualified) ? p.getProperty(qualified) : p.getProperty(shared);
        }
    }

    static List<Described> described() {
        List<Described> out = new ArrayList<>();
        Set<CommandSpec> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(Main.commandLine(new Main()).getCommandSpec(), seen, out);
        return out;
    }

    private static void walk(CommandSpec spec, Set<CommandSpec> seen, List<Described> out) {
        if (!seen.add(spec)) {
            return;
        }
        String q = spec.qualifiedName(".") + ".";
        out.add(new Described(q + "usage.description", "usage.description",
                String.join(" ", spec.usageMessage().description())));
        for (OptionSpec o : spec.options()) {
            out.add(new Described(q + key(o), key(o), String.join(" ", o.description())));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            out.add(new Described(q + key(p), key(p), String.join(" ", p.description())));
        }
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), seen, out));
    }

    private static String key(ArgSpec arg) {
        if (arg.descriptionKey() != null && !arg.descriptionKey().isEmpty()) {
            return arg.descriptionKey();
        }
        return arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "")
                : arg.paramLabel() + "[" + ((PositionalParamSpec) arg).index().originalValue() + "]";
    }

    @Test
    void everyCommandAndOptionIsDescribedInBothBundles() {
        List<Described> all = described();
        assertThat(all).hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        for (Described d : all) {
            for (Properties p : List.of(chinese, english)) {
                String text = d.in(p);
                if (text == null || text.isBlank()) {
                    missing.add((p == chinese ? "zh " : "en ") + d.qualified());
                }
            }
        }
        assertThat(missing).as("descriptions missing from a bundle").isEmpty();
        assertThat(all).as("picocli finds each (Chinese by default)")
                .allSatisfy(d -> assertThat(d.shown()).as(d.qualified()).isNotBlank());
        assertThat(all).filteredOn(d -> !d.qualified().startsWith("logicheck.help."))
                .allSatisfy(d -> assertThat(d.in(chinese)).as(d.qualified()).isNotEqualTo(d.in(english)));
    }

    @Test
    void everyCliKeyOfTheBundlesBelongsToACommandOrOption() {
        Set<String> used = new LinkedHashSet<>();
        described().forEach(d -> used.add(chinese.containsKey(d.qualified()) ? d.qualified() : d.shared()));
        Set<String> cliKeys = new TreeSet<>();
        chinese.stringPropertyNames().stream().filter(k -> k.startsWith("logicheck.")).forEach(cliKeys::add);
        cliKeys.addAll(Main.SHARED_HELP_KEYS);
        assertThat(used).containsAll(cliKeys);
    }

    @Test
    void helpIsChineseByDefaultAndEnglishWithLangEn() {
        String data = dir.toString();
        CliRun zh = CliRun.of("month", "close", "--help", "--data-dir", data);
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("冻结本月结果", "在月份结束前提前关闭（须同时给出 --reason）", "月份，例如 2026-11",
                "界面语言", "显示本帮助并退出。").doesNotContain("Freeze the month");
        CliRun en = CliRun.of("month", "close", "--help", "--lang", "en", "--data-dir", data);
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("Freeze the month's result", "close before the month has ended (needs --reason)",
                "the month, e.g. 2026-11", "Show this help message and exit.").doesNotContain("冻结本月结果");
        assertThat(CliRun.of("--lang=en", "--help", "--data-dir", data).out())
                .contains("opens the app.", "rectify", "Raise rectification orders");
        assertThat(CliRun.of("--help", "--data-dir", data).out()).contains("打开桌面程序", "下发整改通知单")
                .doesNotContain("opens the app.");
    }

    @Test
    void aPercentInADescriptionIsPrintedAsOne() {
        CliRun en = CliRun.of("plans", "add", "--help", "--lang", "en", "--data-dir", dir.toString());
        assertThat(en.out()).contains("1/3, 20%, 0");
    }
}
