package com.logicheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.ui.planted.PlantedScreenModel;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The screens' boundary rule (ADR 0034) catches a violation. */
class UiBoundariesTest {

    @Test
    void aViewModelHoldingARepositoryBreaksTheRule() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedScreenModel.class);
        EvaluationResult result = UiBoundaries.UI_TALKS_TO_SERVICES_ONLY.evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(PlantedScreenModel.class.getName())
                && d.contains("com.logicheck.persistence.ReferenceRepository"));
    }
}
