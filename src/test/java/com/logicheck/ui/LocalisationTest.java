package com.logicheck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing string of the screens comes from the bundles: FXML {@code %key}s and the keys named in
 * {@code com.logicheck.ui} exist in Chinese and English, both bundles have the same keys, and no screen key
 * (common., home., new., checklist., summary.) is left unused.
 */
class LocalisationTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path FXML = Path.of("fxml");
    private static final Path UI_SOURCES = Path.of("src/main/java/com/logicheck/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:common|home|new|checklist|summary|signing|batchExport|verifyScreen)" + "\\.(?!fxml\")[\\w.]+)\"");
    private static final Pattern UI_KEY = Pattern.compile("(common|home|new|checklist|summary|signing|batchExport|verifyScreen)\\..+");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByTheScreensExists() throws IOException {
        Set<String> zh = load("messages.properties").stringPropertyNames();
        assertThat(keysIn(FXML, ".fxml", FXML_KEY)).isNotEmpty().allSatisfy(k -> assertThat(zh).contains(k));
        assertThat(keysIn(UI_SOURCES, ".java", CODE_KEY)).isNotEmpty().allSatisfy(k -> assertThat(zh).contains(k));
    }

    @Test
    void noScreenKeyIsUnused() throws IOException {
        Set<String> used = new HashSet<>(keysIn(FXML, ".fxml", FXML_KEY));
        used.addAll(keysIn(UI_SOURCES, ".java", CODE_KEY));
        Set<String> defined = new TreeSet<>(load("messages.properties").stringPropertyNames());
        defined.removeIf(k -> !UI_KEY.matcher(k).matches());
        assertThat(defined).isNotEmpty();
        assertThat(defined).allSatisfy(k -> assertThat(used).as("unused key").contains(k));
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (key.startsWith("logicheck.")) {
                    continue; // the CLI's help, read by picocli with its own ${…} variables (CliHelpTest), not MessageFormat
                }
                if (value.contains("{")) {
                    MessageFormat format = new MessageFormat(value);
                    Format[] kinds = format.getFormatsByArgumentIndex();
                    Object[] args = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
                    for (int i = 0; i < kinds.length && i < args.length; i++) {
                        if (kinds[i] instanceof NumberFormat || kinds[i] instanceof ChoiceFormat) {
                            args[i] = i + 1;
                        } else if (kinds[i] instanceof DateFormat) {
                            args[i] = new Date(0);
                        }
                    }
                    assertThat(format.format(args)).as(file + " " + key).doesNotContainPattern("\\{\\d");
                }
            }
        }
    }
}
