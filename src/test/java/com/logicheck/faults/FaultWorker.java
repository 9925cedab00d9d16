package com.logicheck.faults;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.backup.BackupMonitor;
import com.logicheck.persistence.backup.BackupReason;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * A trial's child JVM (run by {@link FaultCampaign}): opens the trial's data folder, prints {@code READY}, then does
 * one kind of work and prints one {@code ACK …} line after each step's call returned (the step is acknowledged to
 * the user), until it is killed; finite work ends with {@code DONE} and the JVM waits to be killed.
 * Arguments: kind, data folder, world folder.
 */
public final class FaultWorker {
    private FaultWorker() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        FaultKind kind = FaultKind.valueOf(args[0]);
        Path data = Path.of(args[1]);
        FaultWorld world = FaultWorld.load(Path.of(args[2]));
        AppContext c = TestContexts.open(data, FaultWorld.clock(world.epoch()));
        out.println("READY");
        switch (kind) {
            case ENTRY -> entry(c, world, out);
            case SIGNING -> signing(c, world, out);
            case SYNC_IMPORT -> c.sync().importer().importFolder(world.share(), null, r -> out.println(
                    "ACK " + r.kind() + " " + r.sheetId()));
            case BACKUP -> backup(c, out);
            case MONTH_CLOSING -> closing(c, world, out);
        }
        out.println("DONE");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Answers the draft's items round and round, note "edit n": {@code ACK n item}. */
    private static void entry(AppContext c, FaultWorld world, PrintStream out) {
        Inspection sheet = c.inspection().service().inspection(world.id("draft"));
        UUID inspector = world.id("inspector");
        List<TemplateItem> items = c.inspection().service().template(sheet).items().toList();
        for (int n = 0; ; n++) {
            TemplateItem item = items.get(n % items.size());
            c.inspection().service().answer(sheet, ItemResult.pass(item.id()).withNote("edit " + n), inspector);
            out.println("ACK " + n + " " + item.id());
        }
    }

    /** Signs the finished sheets one after another: {@code ACK sheet}. */
    private static void signing(AppContext c, FaultWorld world, PrintStream out) {
        UUID inspector = world.id("inspector");
        for (UUID id : world.idList("toSign")) {
            c.inspection().signing().sign(id, new SigningService.SignRequest(null,
                    SigningService.SignerInput.drawn(null, "王敏（康洁物业）", SignedSheetFixture.signaturePng("王敏", 2)),
                    null), FaultWorld.KEY_PASSWORD, inspector);
            out.println("ACK " + id);
        }
    }

    /** Manual backups one after another: {@code ACK file-name}. */
    private static void backup(AppContext c, PrintStream out) {
        while (true) {
            out.println("ACK " + c.backup().backups().create(BackupReason.MANUAL, BackupMonitor.NONE).file().getFileName());
        }
    }

    /** Closes and reopens the college month in turn: {@code ACK CLOSED k} / {@code ACK REOPENED k}. */
    private static void closing(AppContext c, FaultWorld world, PrintStream out) {
        UUID provider = world.id("college");
        UUID supervisor = world.id("supervisor");
        for (int k = 1; ; k++) {
            c.assessment().service().close(provider, FaultWorld.MONTH, supervisor);
            out.println("ACK CLOSED " + k);
            c.assessment().service().reopen(provider, FaultWorld.MONTH, "第" + k + "次更正", supervisor);
            out.println("ACK REOPENED " + k);
        }
    }
}
