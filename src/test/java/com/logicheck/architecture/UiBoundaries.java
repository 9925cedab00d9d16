package com.logicheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The boundary of the screens (ADR 0034): {@code ui} reaches the data only through services and their read models,
 * never through repositories, persistence records, PDF or sync internals. {@code ui.sync} is left out while the sync
 * engine is being rebuilt (issue 12, item 4); the classes in {@link #NOT_YET_ON_SERVICES} are the ones still to move —
 * a frozen list that may only shrink ({@code UiBoundariesTest} fails when a listed class no longer needs its place).
 */
final class UiBoundaries {
    /** UI classes that still use persistence, PDF or sync types; empty since the desk and backup moved (it may not grow). */
    static final Set<String> NOT_YET_ON_SERVICES = Set.of();

    static final String[] FORBIDDEN = {"com.logicheck.persistence..", "com.logicheck.pdf..", "com.logicheck.sync.."};

    /** A class, or a nested class or lambda of one, named in {@link #NOT_YET_ON_SERVICES}. */
    static final DescribedPredicate<JavaClass> NOT_YET_MOVED = new DescribedPredicate<>("not yet moved to services") {
        @Override
        public boolean test(JavaClass c) {
            return NOT_YET_ON_SERVICES.contains(topLevelName(c));
        }
    };

    static final ArchRule UI_TALKS_TO_SERVICES_ONLY = noClasses()
            .that().resideInAPackage("com.logicheck.ui..")
            .and().resideOutsideOfPackage("com.logicheck.ui.sync..")
            .and(DescribedPredicate.not(NOT_YET_MOVED))
            .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN);

    /** Each feature of {@code ui} is a slice, and the classes directly in {@code ui} are one too. */
    static final SliceAssignment UI_SLICES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals("com.logicheck.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (pkg.startsWith("com.logicheck.ui.")) {
                return SliceIdentifier.of("ui." + pkg.substring("com.logicheck.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the window and each feature of com.logicheck.ui";
        }
    };

    private UiBoundaries() {
    }

    static String topLevelName(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
