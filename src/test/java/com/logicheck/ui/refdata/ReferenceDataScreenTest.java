package com.logicheck.ui.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.app.Clocks;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.service.ReferenceData.PlaceItem;
import com.logicheck.suites.DatabaseTest;
import com.logicheck.suites.UiTest;
import com.logicheck.ui.AccountScreens;
import com.logicheck.ui.FxScreens;
import com.logicheck.ui.RecordingNavigator;
import com.logicheck.ui.ScreenFactory;
import com.logicheck.ui.TestWindows;
import com.logicheck.ui.UiFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 基础资料 as a 管理员: search the tree, deactivate a ward and undo it, add a provider and refuse a negative fee. */
@ExtendWith(ApplicationExtension.class)
@DatabaseTest
@UiTest
class ReferenceDataScreenTest {
    @TempDir
    Path dir;
    UiFixture fx;
    Person admin;
    RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        fx = UiFixture.create(dir);
        admin = AccountScreens.admin(fx);
        fx.context.core().currentUser().logIn(admin);
        ScreenFactory screens = TestWindows.of(fx).withReferenceData()
                .accounts(AccountScreens.services(fx, Clocks.system()))
                .navigator(navigator).screens();
        FxScreens.show(stage, screens.referenceData());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    static List<String> names(TreeItem<PlaceItem> item) {
        List<String> out = new ArrayList<>();
        for (TreeItem<PlaceItem> c : item.getChildren()) {
            out.add(c.getValue().place().name());
            out.addAll(names(c));
        }
        return out;
    }

    String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void searchDeactivateUndoAndAContractWithANegativeFeeRefused(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<PlaceItem> tree = robot.lookup("#placeTree").queryAs(TreeView.class);
        assertThat(names(tree.getRoot())).contains("东院区", "西院区", "行政楼办公区");

        robot.clickOn("#placeSearch").write("心内");
        assertThat(names(tree.getRoot())).containsExactly("东院区", "住院部1号楼", "5层", "心内科病区");

        robot.clickOn("心内科病区");
        assertThat(robot.lookup("#placeSelected").queryAs(Label.class).getText()).startsWith("东院区 / 住院部1号楼 / 5层 / 心内科病区");
        robot.clickOn("#activeButton");
        assertThat(message(robot)).isEqualTo("已停用“东院区 / 住院部1号楼 / 5层 / 心内科病区”（共 1 个地点）。");
        assertThat(fx.context.core().reference().places()).extracting(Place::name).doesNotContain("心内科病区");
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).getText())
                .isEqualTo("撤销：停用“东院区 / 住院部1号楼 / 5层 / 心内科病区”");

        robot.clickOn("#undoButton");
        assertThat(fx.context.core().reference().places()).extracting(Place::name).contains("心内科病区");
        assertThat(robot.lookup("#undoButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("服务企业与合同");
        robot.clickOn("#newProviderName").write("康洁物业服务有限公司");
        robot.clickOn("#newProviderLines").write("保洁");
        robot.clickOn("#addProviderButton");
        assertThat(message(robot)).startsWith("已添加“康洁物业服务有限公司”");
        robot.clickOn("康洁物业服务有限公司");
        TextField fee = robot.lookup("#feeField").queryAs(TextField.class);
        assertThat(fee.getText()).isEqualTo("0.00");
        robot.doubleClickOn(fee).eraseText(4).write("-5");
        robot.clickOn("#saveContractButton");
        assertThat(message(robot)).isEqualTo("月管理费不能为负数（-5）。");
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getStyleClass()).contains("error-text");

        robot.doubleClickOn(fee).eraseText(2).write("128000");
        robot.clickOn("#saveContractButton");
        assertThat(message(robot)).isEqualTo("已保存合同“康洁物业服务后勤服务托管合同”。");
        var provider = fx.context.referenceData().service().providers().stream()
                .filter(p -> p.provider().name().equals("康洁物业服务有限公司")).findFirst().orElseThrow();
        assertThat(provider.contracts().get(0).monthlyFee()).isEqualByComparingTo("128000");
    }
}
