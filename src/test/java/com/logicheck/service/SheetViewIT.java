package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.org.Person;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.AccountScreens;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One loader for a sheet (ADR 0034): the screens' view names only active places — a deactivated one shows "—", as
 * the screens always did — while the signed record keeps naming it.
 */
@DatabaseTest
class SheetViewIT {
    @TempDir
    Path dir;

    @Test
    void aDeactivatedPlaceIsNotNamedOnScreenButTheRecordStillNamesIt() {
        try (UiFixture fx = UiFixture.create(dir)) {
            Person admin = AccountScreens.admin(fx);
            Inspection draft = fx.startDraft();
            SheetView before = fx.context.inspection().records().view(draft.id());
            assertThat(before.placePath()).isEqualTo(fx.place.path());
            assertThat(before.providerName()).isEqualTo(UiFixture.PROVIDER);
            assertThat(before.inspectorName()).isEqualTo(fx.inspector.name());
            assertThat(before.template().id()).isEqualTo(fx.template.id());

            fx.context.referenceData().service().deactivatePlace(admin.id(), fx.place);

            assertThat(fx.context.inspection().records().view(draft.id()).placePath()).isEqualTo("—");
            assertThat(fx.context.inspection().records().load(draft.id()).place().path()).isEqualTo(fx.place.path());
        }
    }
}
