package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.i18n.Messages;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every dialog's title and translated filter label exists in both languages, so no dialog shows a raw key. */
class FileKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyTitleAndFilterLabelIsTranslated(String language) {
        ResourceBundle bundle = Messages.forLanguage(language).bundle();
        for (FileKind kind : FileKind.values()) {
            assertThat(bundle.containsKey(kind.titleKey())).as(kind.titleKey()).isTrue();
            kind.filters().stream().filter(FileKind.Filter::translated)
                    .forEach(f -> assertThat(bundle.containsKey(f.label())).as(f.label()).isTrue());
        }
    }

    @Test
    void aSignatureImageStartsInTheExportFolderWithoutMovingIt() {
        assertThat(FileKind.SIGNATURE_IMAGE.folder()).isEqualTo(FileKind.EXPORT_FOLDER.folder());
        assertThat(FileKind.SIGNATURE_IMAGE.movesFolder()).isFalse();
    }
}
