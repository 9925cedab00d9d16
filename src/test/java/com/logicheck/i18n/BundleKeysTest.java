package com.logicheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string comes from the bundles: both languages have the same keys, every key the code or
 * FXML asks for exists, and no key is left unused.
 */
class BundleKeysTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:\\bget|Problem\\.of|\\bproblem|\\btext|\\bformat|\\bmessage)\\(\\s*\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern KEY_IN_FXML = Pattern.compile("\"%([a-zA-Z][a-zA-Z0-9_.]*)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern LEADING_SPACE = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:][ \\t]+\\S.*$");
    private static final Pattern ENUM_LABEL = Pattern.compile("([A-Z][A-Za-z]+)\\.([A-Z_]+)");
    private static Properties chinese;
    private static Properties english;
    private static Set<String> requested;
    private static Set<String> literals;
    private static String allSources;

    @BeforeAll
    static void read() throws IOException {
        chinese = load("/i18n/messages.properties");
        english = load("/i18n/messages_en.properties");
        requested = new TreeSet<>();
        literals = new HashSet<>();
        StringBuilder all = new StringBuilder();
        for (Path root : Stream.of(Path.of("src/main/java"), Path.of("fxml")).filter(Files::isDirectory).toList()) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    all.append(text).append('\n');
                    if (f.toString().endsWith(".fxml")) {
                        collect(KEY_IN_FXML.matcher(text), requested);
                        collect(KEY_IN_FXML.matcher(text), literals);
                    } else {
                        collect(KEY_IN_CODE.matcher(text), requested);
                        collect(STRING_LITERAL.matcher(text), literals);
                    }
                }
            }
        }
        allSources = all.toString();
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void everyRequestedKeyExists() {
        assertThat(requested).allSatisfy(key -> assertThat(chinese).as("missing key").containsKey(key));
    }

    /** A value that begins with a space loses it when the bundle is read; the English "this monthup to" came from that. */
    @Test
    void noValueStartsWithASpaceThatReadingDrops() throws IOException {
        Set<String> dropped = new TreeSet<>();
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            for (String line : Files.readAllLines(Path.of("src/main/resources/i18n", file), StandardCharsets.UTF_8)) {
                Matcher m = LEADING_SPACE.matcher(line);
                if (m.matches()) {
                    dropped.add(file + ": " + m.group(1));
                }
            }
        }
        assertThat(dropped).as("write a leading space as \\u0020").isEmpty();
    }

    @Test
    void noKeyIsUnused() {
        Set<String> unused = new TreeSet<>();
        for (String key : chinese.stringPropertyNames()) {
            Matcher enumLabel = ENUM_LABEL.matcher(key);
            boolean isEnumLabel = enumLabel.matches()
                    && allSources.contains("enum " + enumLabel.group(1)) && allSources.contains(enumLabel.group(2));
            // keys built from a literal prefix and an enum constant: "pdf.role." + role.name()
            int lastDot = key.lastIndexOf('.');
            boolean isPrefixed = lastDot > 0 && key.substring(lastDot + 1).matches("[A-Z_]+")
                    && allSources.contains("\"" + key.substring(0, lastDot + 1) + "\"");
            // the command line's help texts: picocli reads them by command and option (CliHelpTest checks each is used)
            boolean isCliHelp = key.startsWith("logicheck.");
            if (!literals.contains(key) && !isEnumLabel && !isPrefixed && !isCliHelp) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }
}
