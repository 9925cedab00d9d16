package com.logicheck.suites;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.AppContext;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Which suite a test runs in is decided by its tag (ADR 0035), and this test keeps the tags true, so a test written
 * without thinking about suites can neither slow down {@code mvn test} nor hide: every test class that reaches — itself
 * or through the test helpers it uses — a data folder ({@code AppContext}, {@code Database}, {@code DataDirectory},
 * the CLI, H2, jOOQ, Flyway, JDBC) must be {@link DatabaseTest}, every one that reaches the JavaFX toolkit (TestFX, a
 * stage, FXML, scene-graph nodes) must be {@link UiTest}, and a tag without such a reach is refused as well; a test
 * that makes an assumption (and so may skip) must say {@link DependsOnMachine}.
 * Reach is followed through test code only: production classes are where the reach ends.
 */
class SuiteTagsTest {
    private static final Set<String> DATABASE_CLASSES = Set.of("com.logicheck.app.AppContext",
            "com.logicheck.app.Main", "com.logicheck.persistence.Database", "com.logicheck.persistence.DataDirectory",
            "java.sql.DriverManager");
    private static final List<String> DATABASE_PACKAGES = List.of("org.h2.", "org.jooq.", "org.flywaydb.");
    /** What needs the toolkit running; a type only named in a signature (a {@code Window} owner) does not. */
    private static final Set<String> UI_CLASSES = Set.of("javafx.stage.Stage", "javafx.scene.Scene");
    private static final List<String> UI_PACKAGES = List.of("org.testfx.", "javafx.application.", "javafx.fxml.",
            "javafx.scene.control.", "javafx.scene.layout.", "javafx.embed.");
    /** A test that makes an assumption may skip; which machines it skips on is for {@link DependsOnMachine}. */
    private static final Set<String> ASSUMPTIONS = Set.of("org.junit.jupiter.api.Assumptions",
            "org.assertj.core.api.Assumptions", "org.assertj.core.api.BDDAssumptions");
    private static JavaClasses testCode;

    @BeforeAll
    static void importTestCode() throws URISyntaxException {
        Path testClasses = Path.of(SuiteTagsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the names of what test code uses are enough: resolving them from the class path would import half of it
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            testCode = new ClassFileImporter().importPath(testClasses);
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void everyTestThatOpensADataFolderIsADatabaseTest() {
        assertThat(mistagged(testClasses(), Suites.DATABASE, SuiteTagsTest::database))
                .as("tag these @DatabaseTest (or untag them): test class -> the way it reaches the database")
                .isEmpty();
    }

    @Test
    void everyTestThatStartsTheToolkitIsAUiTest() {
        assertThat(mistagged(testClasses(), Suites.UI, SuiteTagsTest::toolkit))
                .as("tag these @UiTest (or untag them): test class -> the way it reaches the JavaFX toolkit")
                .isEmpty();
    }

    @Test
    void everyTestThatMaySkipSaysItDependsOnTheMachine() {
        List<String> untagged = new ArrayList<>();
        for (JavaClass test : testClasses()) {
            boolean assumes = test.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> ASSUMPTIONS.contains(d.getTargetClass().getName()));
            boolean tagged = tags(test).contains(Suites.MACHINE) || !ReflectionSupport.findMethods(load(test),
                    m -> AnnotationSupport.findRepeatableAnnotations(m, Tag.class).stream()
                            .anyMatch(t -> t.value().equals(Suites.MACHINE)), HierarchyTraversalMode.TOP_DOWN)
                    .isEmpty();
            if (assumes && !tagged) {
                untagged.add(test.getName());
            }
        }
        assertThat(untagged)
                .as("mark the tests that assume something of the machine @DependsOnMachine (class or method)")
                .isEmpty();
    }

    @Test
    void theCheckSeesTheTestsAndTheirReach() {
        // a check that found no tests, or no database test, would pass whatever the tags say
        assertThat(testClasses()).hasSizeGreaterThan(50);
        assertThat(reach(testCode.get("com.logicheck.ui.UiFixture"), SuiteTagsTest::database)).isPresent();
        assertThat(reach(testCode.get("com.logicheck.scoring.ItemDeductionTest"), SuiteTagsTest::database)).isEmpty();
    }

    @Test
    void aPlantedUntaggedDatabaseTestIsNamedWithItsWay() {
        assertThat(mistagged(List.of(testCode.get(PlantedUntagged.class)), Suites.DATABASE, SuiteTagsTest::database))
                .containsExactly(PlantedUntagged.class.getName() + " -> SuiteTagsTest$PlantedHelper -> AppContext");
        assertThat(mistagged(List.of(testCode.get(PlantedTagged.class)), Suites.DATABASE, SuiteTagsTest::database))
                .containsExactly(PlantedTagged.class.getName() + " is tagged 'database' but reaches no such thing");
    }

    /** Planted: opens a data folder through a helper, without the tag (Surefire runs no nested class; both pass). */
    static class PlantedUntagged {
        @Test
        void opensAFolder(@TempDir Path dir) {
            PlantedHelper.open(dir);
        }
    }

    /** Planted: tagged, but reaches nothing of the kind. */
    @DatabaseTest
    static class PlantedTagged {
        @Test
        void adds() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }

    /** Planted: a test helper in between. */
    static final class PlantedHelper {
        static void open(Path dir) {
            AppContext.open(dir).close();
        }
    }

    /** The test classes whose tag disagrees with their reach, each with the way it reaches (or "tagged, no reach"). */
    private static List<String> mistagged(List<JavaClass> tests, String tag, Predicate<String> target) {
        List<String> wrong = new ArrayList<>();
        for (JavaClass test : tests) {
            Optional<List<String>> way = reach(test, target);
            boolean tagged = tags(test).contains(tag);
            if (way.isPresent() && !tagged) {
                wrong.add(String.join(" -> ", way.get()));
            } else if (way.isEmpty() && tagged) {
                wrong.add(test.getName() + " is tagged '" + tag + "' but reaches no such thing");
            }
        }
        return wrong;
    }

    private static List<JavaClass> testClasses() {
        return testCode.stream()
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface() && !c.isAnnotation())
                .filter(c -> !c.getName().startsWith(SuiteTagsTest.class.getName()))   // this one holds planted ones
                .filter(SuiteTagsTest::hasTests)
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    /** A class with a JUnit test method (one annotated, directly or through its annotation, {@code @Testable}). */
    private static boolean hasTests(JavaClass c) {
        return !ReflectionSupport.findMethods(load(c), m -> AnnotationSupport.isAnnotated(m, Testable.class),
                HierarchyTraversalMode.TOP_DOWN).isEmpty();
    }

    /** The class, not initialised: a test class's static state is no business of this check. */
    private static Class<?> load(JavaClass c) {
        try {
            return Class.forName(c.getName(), false, SuiteTagsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test class's JUnit tags: its own (through meta-annotations and superclasses) and its enclosing classes'. */
    private static Set<String> tags(JavaClass test) {
        Set<String> tags = new TreeSet<>();
        for (Class<?> c = load(test); c != null; c = c.getEnclosingClass()) {
            AnnotationSupport.findRepeatableAnnotations(c, Tag.class)
                    .forEach(t -> tags.add(t.value()));
        }
        return tags;
    }

    /** The shortest way from {@code test} through test code to a class {@code target} accepts, if there is one. */
    private static Optional<List<String>> reach(JavaClass test, Predicate<String> target) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<JavaClass> queue = new ArrayDeque<>();
        cameFrom.put(test.getName(), null);
        queue.add(test);
        while (!queue.isEmpty()) {
            JavaClass current = queue.poll();
            for (Dependency d : current.getDirectDependenciesFromSelf()) {
                String name = d.getTargetClass().getBaseComponentType().getName();
                if (cameFrom.containsKey(name)) {
                    continue;
                }
                cameFrom.put(name, current.getName());
                if (target.test(name)) {
                    List<String> way = new ArrayList<>();
                    for (String step = name; step != null; step = cameFrom.get(step)) {
                        way.add(0, step.substring(step.lastIndexOf('.') + 1));
                    }
                    way.set(0, test.getName());
                    return Optional.of(way);
                }
                if (testCode.contain(name)) {
                    queue.add(testCode.get(name));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean database(String className) {
        return DATABASE_CLASSES.contains(className) || DATABASE_PACKAGES.stream().anyMatch(className::startsWith);
    }

    private static boolean toolkit(String className) {
        return UI_CLASSES.contains(className) || UI_PACKAGES.stream().anyMatch(className::startsWith);
    }
}
