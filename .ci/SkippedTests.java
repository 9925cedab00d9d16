import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Prints every skipped test of the last run from the Surefire XML reports, so that a test which skips on this machine
 * (tagged @DependsOnMachine: root, mounts, an installed tool; ADR 0035) is never silent. Run as a single-file program:
 * {@code java .ci/SkippedTests.java target/surefire-reports}. It never fails the build: a skip is news, not an error.
 */
public final class SkippedTests {
    public static void main(String[] args) throws Exception {
        List<String> skipped = new ArrayList<>();
        int reports = 0;
        for (String folder : args) {
            Path dir = Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path report : reports(dir)) {
                reports++;
                NodeList cases;
                try {
                    cases = parse(report).getElementsByTagName("testcase");
                } catch (IOException | ParserConfigurationException | SAXException e) {
                    System.out.println("  (unreadable report " + report.getFileName() + ": " + e.getMessage() + ")");
                    continue;
                }
                for (int i = 0; i < cases.getLength(); i++) {
                    Element c = (Element) cases.item(i);
                    NodeList skip = c.getElementsByTagName("skipped");
                    if (skip.getLength() > 0) {
                        String why = reason((Element) skip.item(0));
                        skipped.add(c.getAttribute("classname") + "." + c.getAttribute("name")
                                + (why.isBlank() ? "" : " — " + why));
                    }
                }
            }
        }
        if (skipped.isEmpty()) {
            System.out.println("Skipped tests: none (" + reports + " test reports read)");
            return;
        }
        System.out.println("Skipped tests (" + skipped.size() + ", from " + reports + " test reports):");
        skipped.stream().sorted().forEach(s -> System.out.println("  SKIPPED " + s));
    }

    /**
     * A report as XML 1.0 allows it: a test's captured output can hold characters XML forbids (the sync fuzz test
     * prints U+FFFF), which Surefire writes as they are.
     */
    private static Document parse(Path report) throws IOException, ParserConfigurationException, SAXException {
        String text = Files.readString(report, StandardCharsets.UTF_8)
                .replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "?");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(text)));
    }

    /** The assumption's own words: the message, else the first line of the trace that is not the exception's name. */
    private static String reason(Element skipped) {
        String message = skipped.getAttribute("message").strip();
        if (!message.isEmpty()) {
            return message.lines().findFirst().orElse("");
        }
        return skipped.getTextContent().lines().map(String::strip)
                .map(l -> l.replaceFirst("^org\\.opentest4j\\.TestAbortedException:\\s*", ""))
                .filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static List<Path> reports(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("TEST-") && p.toString().endsWith(".xml"))
                    .sorted().toList();
        }
    }
}
