package com.logicheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.logicheck.app.AppContext;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.files.ExifFixture;
import com.logicheck.i18n.Messages;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.MigratedTemplate;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    @Test
    void aPhotoIsTimedByItsExifElseByItsFileAndTheSamePhotoTwiceIsRefused() throws Exception {
        Path camera = ExifFixture.jpeg(outside.resolve("IMG_0042.jpg"), "2026:11:08 09:14:30", 0x406080, ByteOrder.BIG_ENDIAN);
        Path plain = outside.resolve("截图.png");
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        Instant modified = Instant.parse("2026-11-09T02:03:04Z");
        Files.setLastModifiedTime(plain, FileTime.from(modified));
        Path again = Files.copy(camera, outside.resolve("IMG_0042 (copy).jpg"));
        try (AppContext c = AppContext.open(MigratedTemplate.into(dir))) {
            Inspection sheet = InspectionLifecycleIT.startMaintenanceSheet(c);
            UUID item = c.inspection().service().template(sheet).items().findFirst().orElseThrow().id();
            ZoneId zone = c.clock().getZone();
            PhotoStore.Photo fromCamera = c.core().photos().attachFile(sheet.id(), item, camera, null, sheet.inspectorId());
            assertThat(fromCamera.takenAt().atZoneSameInstant(zone).toLocalDateTime())
                    .isEqualTo(LocalDateTime.of(2026, 11, 8, 9, 14, 30));
            PhotoStore.Photo fromFile = c.core().photos().attachFile(sheet.id(), item, plain, null, sheet.inspectorId());
            assertThat(fromFile.takenAt().toInstant()).isEqualTo(modified);

            assertThatThrownBy(() -> c.core().photos().attachFile(sheet.id(), item, again, null, sheet.inspectorId()))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("problem.photo.duplicate"))
                    .satisfies(e -> assertThat(new Messages(Messages.CHINESE).problems((DomainException) e))
                            .isEqualTo("这张照片（IMG_0042 (copy).jpg）已在本检查表上，不再重复添加。"));
            assertThat(c.core().photos().details(sheet.id())).extracting(PhotoStore.PhotoDetail::originalName)
                    .containsExactlyInAnyOrder("IMG_0042.jpg", "截图.png");
            assertThat(c.core().photos().details(sheet.id())).filteredOn(p -> p.originalName().equals("IMG_0042.jpg"))
                    .singleElement().satisfies(p -> assertThat(p.takenAt().toInstant()).isEqualTo(fromCamera.takenAt().toInstant()));
        }
    }
}
