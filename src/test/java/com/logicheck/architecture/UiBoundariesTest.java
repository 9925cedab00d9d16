package com.logicheck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.ui.planted.PlantedScreenModel;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The screens' boundary rule (ADR 0034) catches a violation, and its list of exceptions only shrinks. */
class UiBoundariesTest {

    @Test
    void aViewModelHoldingARepositoryBreaksTheRule() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedScreenModel.class);
        EvaluationResult result = UiBoundaries.UI_TALKS_TO_SERVICES_ONLY.evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(PlantedScreenModel.class.getName())
                && d.contains("com.logicheck.persistence.ReferenceRepository"));
    }

    @Test
    void everyClassStillListedAsAnExceptionStillNeedsIt() {
        JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.logicheck.ui");
        List<String> moved = UiBoundaries.NOT_YET_ON_SERVICES.stream()
                .filter(name -> !noClasses().that().haveFullyQualifiedName(name)
                        .should().dependOnClassesThat().resideInAnyPackage(UiBoundaries.FORBIDDEN)
                        .allowEmptyShould(true).evaluate(ui).hasViolation()
                        && !nestedViolate(ui, name))
                .sorted().toList();
        assertThat(moved).as("moved to services: take them off UiBoundaries.NOT_YET_ON_SERVICES").isEmpty();
    }

    private static boolean nestedViolate(JavaClasses ui, String name) {
        return noClasses().that().haveNameMatching(Pattern.quote(name) + "\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage(UiBoundaries.FORBIDDEN)
                .allowEmptyShould(true).evaluate(ui).hasViolation();
    }
}
