package com.logicheck.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.assessment.SheetInput;
import com.logicheck.domain.inspection.BackEntryRules;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.scoring.PaperDeduction;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 补录 end to end (issue 17 item 4): a supervisor types in an inspector's paper sheet of November — only one
 * deduction typed, the rest pass on finishing; it is dated, finished and counted in November, says who typed it in,
 * and carries that in its record. A date in the future or before the contract, a provider's contact as inspector and
 * an inspector typing in someone else's paper are refused and write nothing. "Today" is 5 December 2026.
 */
@DatabaseTest
public class BackEntriesIT {
    @TempDir
    Path dir;

    /** Where the data lives: an H2 file here, PostgreSQL in {@link BackEntriesPostgresIT}. */
    TestStore store() {
        return TestStore.H2;
    }

    private static BackEntries.PaperSheet paper(AssessmentWorld w, ChecklistTemplate t, LocalDate date, LocalTime time,
                                                UUID inspector) {
        return new BackEntries.PaperSheet(t.id(), w.hospitalProvider.id(), w.ward.id(), InspectionKind.SPOT_CHECK,
                new BackEntryRules.Paper(date, time, inspector));
    }

    @Test
    void aSupervisorBackEntersAnInspectorsPaperSheetWhichCountsInItsPapersMonth() {
        AssessmentWorld w = new AssessmentWorld(dir, store());
        BackEntries entries = w.c.inspection().backEntries();
        ChecklistTemplate t = w.template("hospital-management");
        Inspection sheet = entries.start(w.supervisor.id(),
                paper(w, t, LocalDate.of(2026, 11, 20), LocalTime.of(8, 40), w.inspector.id()));
        assertThat(sheet.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T08:40+08:00"));
        assertThat(sheet.inspectorId()).isEqualTo(w.inspector.id());
        assertThat(sheet.backEntry().enteredBy()).isEqualTo(w.supervisor.id());
        assertThat(sheet.backEntry().enteredAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(sheet.sheetNumber()).contains("-2026-11-");

        TemplateItem first = t.items().findFirst().orElseThrow();
        BigDecimal points = first.maxScore();
        w.c.inspection().service().answer(sheet, ItemResult.deduct(first.id(), PaperDeduction.quantities(first, points)),
                w.supervisor.id());
        entries.finish(w.supervisor.id(), sheet.id());

        Inspection done = w.c.inspection().service().inspection(sheet.id());
        assertThat(done.status()).isEqualTo(InspectionStatus.FINISHED);
        assertThat(done.finishedAt()).isEqualTo(done.startedAt());
        assertThat(w.c.inspection().service().results(sheet.id())).hasSize(t.itemCount());
        assertThat(w.c.inspection().service().score(done).total())
                .isEqualByComparingTo(t.totalScore().subtract(points));
        assertThat(w.c.assessment().service().gather(w.hospitalProvider.id(), AssessmentWorld.NOVEMBER).sheets())
                .extracting(SheetInput::inspectionId).contains(sheet.id());
        assertThat(w.c.assessment().service().gather(w.hospitalProvider.id(), YearMonth.of(2026, 12)).sheets())
                .extracting(SheetInput::inspectionId).doesNotContain(sheet.id());

        SheetRecord.BackEntryPart part = w.c.inspection().records().record(sheet.id()).inspection().backEntry();
        assertThat(part.enteredByName()).isEqualTo(w.supervisor.name());
        assertThat(part.timeKnown()).isTrue();
        w.c.close();
    }

    @Test
    void badPaperSheetsAreRefusedNamingTheFieldAndWriteNothing() {
        AssessmentWorld w = new AssessmentWorld(dir, store());
        BackEntries entries = w.c.inspection().backEntries();
        ChecklistTemplate t = w.template("hospital-management");
        refused(() -> entries.start(w.supervisor.id(), paper(w, t, LocalDate.of(2026, 12, 6), null, w.inspector.id())),
                "problem.backEntry.future");
        refused(() -> entries.start(w.supervisor.id(), paper(w, t, LocalDate.of(2025, 12, 31), null, w.inspector.id())),
                "problem.backEntry.beforeContract");
        refused(() -> entries.start(w.supervisor.id(), paper(w, t, LocalDate.of(2026, 11, 2), null, w.contact.id())),
                "problem.backEntry.inspector");
        refused(() -> entries.start(w.inspector.id(), paper(w, t, LocalDate.of(2026, 11, 2), null, w.supervisor.id())),
                "problem.backEntry.notAllowed");
        assertThat(w.c.inspection().inspections().drafts()).isEmpty();
        assertThat(w.c.inspection().inspections().recent(10)).isEmpty();

        Inspection own = entries.start(w.inspector.id(), paper(w, t, LocalDate.of(2026, 11, 2), null, w.inspector.id()));
        assertThat(own.backEntry().timeKnown()).isFalse();
        Inspection ordinary = w.c.inspection().service().start(t.id(), w.hospitalProvider.id(), w.ward.id(),
                w.inspector.id(), InspectionKind.FULL);
        refused(() -> entries.finish(w.inspector.id(), ordinary.id()), "problem.backEntry.notBackEntered");
        assertThat(w.c.inspection().service().results(ordinary.id())).isEmpty();
        w.c.close();
    }

    private static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).first().key()).isEqualTo(key));
    }
}
