import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testcase");
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
