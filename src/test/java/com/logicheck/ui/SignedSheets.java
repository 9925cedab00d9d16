package com.logicheck.ui;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Signs finished sheets of a {@link UiFixture} through the service, for the export and verify screens' tests. */
public final class SignedSheets {
    public static final String PASSWORD = "测试密码-2026-1";

    private SignedSheets() {
    }

    public static Inspection signed(UiFixture fx, Path scratch) {
        Inspection sheet = fx.finishedSheet();
        try {
            byte[] png = Files.readAllBytes(UiFixture.png(scratch, "sig-" + sheet.id() + ".png"));
            fx.context.inspection().signing().sign(sheet.id(), new SigningService.SignRequest(png, SignedSheetFixture.inspectee(), null),
                    PASSWORD.toCharArray(), fx.inspector.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fx.context.inspection().service().inspection(sheet.id());
    }
}
