package com.logicheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The boundary of the screens (ADR 0034): {@code ui} reaches the data only through services and their read models,
 * never through repositories, persistence records, PDF or sync internals. {@code ui.sync} is left out while the sync
 * engine is being rebuilt (issue 12, item 4; it has its own rule in ArchitectureTest). No class is exempt: the last
 * ones (desk, backup) moved to services.
 */
final class UiBoundaries {
    static final String[] FORBIDDEN = {"com.logicheck.persistence..", "com.logicheck.pdf..", "com.logicheck.sync.."};

    static final ArchRule UI_TALKS_TO_SERVICES_ONLY = noClasses()
            .that().resideInAPackage("com.logicheck.ui..")
            .and().resideOutsideOfPackage("com.logicheck.ui.sync..")
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
}
