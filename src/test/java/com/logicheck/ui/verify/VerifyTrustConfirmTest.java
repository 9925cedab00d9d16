package com.logicheck.ui.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.QueuedDialogs;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.SignedSheets;
import com.logicheck.ui.UiFixture;
import com.logicheck.ui.common.FileKind;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 信任此签名人 asks first, saying that every file of that signer turns trusted; 取消 leaves the trust list as it was. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class VerifyTrustConfirmTest {
    @TempDir
    Path dir;
    UiFixture fx;
    UiFixture other;
    Path exported;
    QueuedDialogs dialogs = new QueuedDialogs();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir.resolve("data"));
        exported = fx.context.inspection().export().exportOne(SignedSheets.signed(fx, dir).id(), dir.resolve("out"));
        // a laptop that has never seen this signer, used by a supervisor
        other = UiFixture.create(dir.resolve("other"));
        UUID org = other.context.core().reference().organisation().orElseThrow().id();
        Person boss = other.context.core().reference().addPerson(org, "王主管", Role.SUPERVISOR, null);
        other.context.core().currentUser().switchTo(boss);
        FxScreens.show(stage, FxScreens.factory(other, new RecordingNavigator(), dialogs).verify());
    }

    @AfterEach
    void close() {
        other.close();
        fx.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void trustingAsksAndCancelChangesNothing(FxRobot robot) {
        dialogs.answerMany(FileKind.SIGNED_PDF, exported);
        robot.clickOn("#chooseButton");
        TableView<VerifyViewModel.Row> table = robot.lookup("#resultTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.trusted()).isFalse());
        robot.interact(() -> table.getSelectionModel().select(0));
        dialogs.agree = false;
        robot.clickOn("#trustButton");
        assertThat(dialogs.asked).singleElement().asString().startsWith("把 " + fx.inspector.name())
                .contains("所有文件", exported.getFileName().toString());
        assertThat(other.context.inspection().verify().verify(exported).trusted()).as("the trust list is unchanged")
                .isFalse();

        dialogs.agree = true;
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#trustButton");
        assertThat(table.getItems()).singleElement().satisfies(r -> assertThat(r.trusted()).isTrue());
        assertThat(other.context.inspection().verify().verify(exported).trusted()).isTrue();
    }
}
