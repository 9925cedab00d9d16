package com.logicheck.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.persistence.planted.PlantedMergeDecider;
import com.logicheck.sync.RecordMergeDecider;
import com.logicheck.sync.ReferenceMergeDecider;
import com.logicheck.ui.sync.planted.PlantedRepositoryScreen;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The one-sync-engine rules of {@link ArchitectureTest} (ADR 0033) fail on a planted violation and pass on the real
 * deciders: a persistence class asking a sync decider, a merge decider outside {@code sync}, a sync screen reading a
 * repository.
 */
class SyncArchitectureRulesTest {

    @Test
    void persistenceAskingASyncDeciderIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedMergeDecider.class,
                ReferenceMergeDecider.class);
        assertThatThrownBy(() -> ArchitectureTest.noMergeDecisionInPersistence.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedMergeDecider");
    }

    @Test
    void aMergeDeciderOutsideSyncIsCaughtAndTheRealOnesPass() {
        assertThatCode(() -> ArchitectureTest.theMergeDecidersLiveInSync.check(new ClassFileImporter()
                .importClasses(RecordMergeDecider.class, ReferenceMergeDecider.class))).doesNotThrowAnyException();
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedMergeDecider.class);
        assertThatThrownBy(() -> ArchitectureTest.theMergeDecidersLiveInSync.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedMergeDecider");
    }

    @Test
    void aSyncScreenReadingARepositoryIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRepositoryScreen.class);
        assertThatThrownBy(() -> ArchitectureTest.syncScreensUseNoRepositoryOrPdf.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SettingsRepository");
    }
}
