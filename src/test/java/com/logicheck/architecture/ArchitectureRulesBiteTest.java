package com.logicheck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.persistence.ActorRepository;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.ReliefRepository;
import com.logicheck.persistence.planted.PlantedLifecycleDecision;
import com.logicheck.persistence.planted.PlantedPolicyCall;
import com.logicheck.persistence.planted.PlantedRoleCheck;
import com.logicheck.persistence.planted.PlantedRuleCheck;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The architecture rules fail on a planted violation, so a green {@link ArchitectureTest} means something. */
class ArchitectureRulesBiteTest {

    @Test
    void aRoleCheckPlantedInPersistenceIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRoleCheck.class);
        EvaluationResult result = ArchitectureTest.persistenceHoldsNoRoleCheck.evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("Role.mayActAs"));
    }

    @Test
    void aPolicyCallPlantedInPersistenceIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedPolicyCall.class);
        assertThat(ArchitectureTest.persistenceHoldsNoRoleCheck.evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void readingTheActorIsNoRoleCheck() {
        JavaClasses clean = new ClassFileImporter().importClasses(ActorRepository.class);
        assertThat(ArchitectureTest.persistenceHoldsNoRoleCheck.evaluate(clean).hasViolation()).isFalse();
    }

    @Test
    void aLifecycleDecisionPlantedInPersistenceIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedLifecycleDecision.class);
        EvaluationResult result = ArchitectureTest.persistenceAsksNoDomainDecision.evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("InspectionLifecycle.requireRelievable"));
    }

    @Test
    void aRuleCheckPlantedInPersistenceIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRuleCheck.class);
        EvaluationResult result = ArchitectureTest.persistenceAsksNoDomainDecision.evaluate(planted);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("RectificationRules"));
    }

    @Test
    void theReliefRepositoryAndTheLifecycleWriteGuardAskNoDecision() throws ClassNotFoundException {
        JavaClasses clean = new ClassFileImporter().importClasses(ReliefRepository.class,
                RectificationRepository.class, Class.forName("com.logicheck.persistence.InspectionLifecycleRows"));
        assertThat(ArchitectureTest.persistenceAsksNoDomainDecision.evaluate(clean).hasViolation()).isFalse();
    }
}
