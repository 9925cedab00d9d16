package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DatabaseTest
class PhotoStoreIT {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private static String key(Throwable e) {
        return ((DomainException) e).first().key();
    }

    @Test
    void aPhotoIsCopiedIntoTheDataFolderWithAThumbnail() throws Exception {
        Path png = outside.resolve("地面水渍.png");
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            Inspection sheet = InspectionLifecycleIT.startMaintenanceSheet(c);
            UUID item = c.inspection().service().template(sheet).items().findFirst().orElseThrow().id();
            PhotoStore.Photo photo = c.core().photos().attach(sheet.id(), item, png, null, sheet.inspectorId());
            assertThat(photo.file()).startsWith(dir).exists();
            assertThat(ImageIO.read(photo.thumbnail().toFile()).getWidth()).isEqualTo(PhotoStore.THUMB_SIZE);
            Files.delete(png);
            assertThat(c.core().photos().photos(sheet.id())).singleElement()
                    .satisfies(p -> assertThat(p.originalName()).isEqualTo("地面水渍.png"));
        }
    }

    @Test
    void notAnImageAndHugeFilesAreRefusedAndNothingIsStored() throws Exception {
        Path text = Files.writeString(outside.resolve("report.jpg"), "this is not a picture");
        Path huge = outside.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            Inspection sheet = InspectionLifecycleIT.startMaintenanceSheet(c);
            UUID item = c.inspection().service().template(sheet).items().findFirst().orElseThrow().id();
            assertThatThrownBy(() -> c.core().photos().attach(sheet.id(), item, text, null, sheet.inspectorId()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("problem.photo.notImage"));
            assertThatThrownBy(() -> c.core().photos().attach(sheet.id(), item, huge, null, sheet.inspectorId()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("problem.photo.tooLarge"));
            assertThatThrownBy(() -> c.core().photos().attach(sheet.id(), item, outside.resolve("gone.jpg"), null,
                    sheet.inspectorId())).satisfies(e -> assertThat(key(e)).isEqualTo("problem.photo.unreadable"));
            assertThat(c.core().photos().photos(sheet.id())).isEmpty();
            try (var files = Files.list(c.dataDirectory().photos())) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }
}
