package com.logicheck.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.service.SheetPhotos;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl+V on an item through a fake clipboard: image files, a pasted image timed at the paste, and refusals. */
@DatabaseTest
class ChecklistPhotoPasteTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Inspection draft;
    ChecklistViewModel vm;
    final FakeClipboard clipboard = new FakeClipboard();

    static final class FakeClipboard implements PhotoClipboard {
        final List<Path> files = new ArrayList<>();
        SheetPhotos.PastedImage image;

        @Override
        public List<Path> files() {
            return files;
        }

        @Override
        public Optional<SheetPhotos.PastedImage> image() {
            return Optional.ofNullable(image);
        }
    }

    @BeforeEach
    void open() {
        fx = UiFixture.create(dir.resolve("data"));
        draft = fx.startDraft();
        vm = new ChecklistViewModel(fx.context.inspection().service(), fx.context.inspection().records(),
                new SheetPhotos(fx.context.core().photos()), fx.messages, TaskExecutor.synchronous(),
                new RecordingNavigator(), fx.inspector.id(), draft.id(), null);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private List<PhotoStore.PhotoDetail> stored() {
        return fx.context.core().photos().details(draft.id());
    }

    private static SheetPhotos.PastedImage screenshot(int colour) {
        int[] argb = new int[30 * 20];
        Arrays.fill(argb, 0xff000000 | colour);
        argb[7] = 0xffffffff;
        return new SheetPhotos.PastedImage(30, 20, argb);
    }

    @Test
    void aPastedImageIsAttachedToTheItemTimedAtThePaste() {
        clipboard.image = screenshot(0x336699);
        OffsetDateTime before = OffsetDateTime.now(fx.context.clock()).minusSeconds(1);
        assertThat(vm.pastePhotos(clipboard)).isTrue();
        assertThat(vm.editor().photos()).hasSize(1);
        assertThat(stored()).singleElement().satisfies(p -> {
            assertThat(p.originalName()).isEqualTo("粘贴的图片.png");
            assertThat(p.width()).isEqualTo(30);
            assertThat(p.itemId()).isEqualTo(vm.selectedProperty().get().item().id());
            assertThat(Duration.between(before, p.takenAt()).abs()).isLessThan(Duration.ofMinutes(1));
        });
    }

    @Test
    void copiedImageFilesArePastedAsFilesAndAnEmptyClipboardDoesNothing() {
        assertThat(vm.pastePhotos(clipboard)).isFalse();
        assertThat(stored()).isEmpty();
        clipboard.files.add(UiFixture.png(dir, "现场.png"));
        assertThat(vm.pastePhotos(clipboard)).isTrue();
        assertThat(stored()).extracting(PhotoStore.PhotoDetail::originalName).containsExactly("现场.png");
    }

    @Test
    void theSameImagePastedTwiceAndANonImageAreRefusedWithTheReasonAndNothingIsAdded() {
        clipboard.image = screenshot(0x112233);
        vm.pastePhotos(clipboard);
        vm.pastePhotos(clipboard);
        assertThat(vm.editor().photoErrorProperty().get()).isEqualTo("这张照片（粘贴的图片.png）已在本检查表上，不再重复添加。");
        assertThat(stored()).hasSize(1);

        clipboard.image = null;
        clipboard.files.add(UiFixture.notAnImage(dir));
        vm.pastePhotos(clipboard);
        assertThat(vm.editor().photoErrorProperty().get()).contains("巡查记录.jpg", "不是可识别的图片");
        assertThat(stored()).hasSize(1);

        clipboard.files.clear();
        clipboard.image = new SheetPhotos.PastedImage(3, 3, new int[2]);
        vm.pastePhotos(clipboard);
        assertThat(vm.editor().photoErrorProperty().get()).contains("粘贴的图片.png", "不是可识别的图片");
        assertThat(stored()).hasSize(1);
    }
}
