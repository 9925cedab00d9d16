package com.logicheck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.logicheck.suites.UiTest;
import com.logicheck.ui.common.TextCell.RowState;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The spreadsheet cell: typed at full speed, every character is kept; Enter goes on to the next row. */
@ExtendWith(ApplicationExtension.class)
@UiTest
class TextCellTest {
    static final class Row {
        final StringProperty site = new SimpleStringProperty("");
        final StringProperty building = new SimpleStringProperty("");
        final SimpleObjectProperty<RowState> state = new SimpleObjectProperty<>(RowState.BLANK);

        ObservableValue<RowState> state() {
            return state;
        }
    }

    final ObservableList<Row> rows = FXCollections.observableArrayList(new Row());
    TableView<Row> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(rows);
        table.setEditable(true);
        TableColumn<Row, String> site = new TableColumn<>("院区");
        TextCell.install(site, r -> r.site);
        TableColumn<Row, String> building = new TableColumn<>("楼栋");
        TextCell.install(building, r -> r.building);
        table.getColumns().setAll(List.of(site, building));
        TextCell.sheet(table, () -> rows.add(new Row()), Row::state);
        stage.setScene(new Scene(table, 600, 400));
        stage.show();
        table.requestFocus();
        table.getSelectionModel().clearAndSelect(0, site);
        table.getFocusModel().focus(0, site);
    }

    /**
     * All keys in one go on the FX thread, each to whatever has the focus at that moment, with no layout pulse in
     * between: the fastest a person (or a barcode wedge) can type.
     */
    private void burst(FxRobot robot, Object... keys) {
        robot.interact(() -> {
            Scene scene = table.getScene();
            for (Object k : keys) {
                if (k instanceof KeyCode code) {
                    fire(scene, KeyEvent.KEY_PRESSED, "", code);
                    fire(scene, KeyEvent.KEY_RELEASED, "", code);
                } else {
                    for (char c : k.toString().toCharArray()) {
                        fire(scene, KeyEvent.KEY_PRESSED, "", KeyCode.UNDEFINED);
                        fire(scene, KeyEvent.KEY_TYPED, String.valueOf(c), KeyCode.UNDEFINED);
                        fire(scene, KeyEvent.KEY_RELEASED, "", KeyCode.UNDEFINED);
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As the scene delivers a key: to its focus owner, or to the scene itself when nothing has the focus. */
    private static void fire(Scene scene, EventType<KeyEvent> type, String ch, KeyCode code) {
        Node owner = scene.getFocusOwner();
        EventTarget target = owner != null ? owner : scene;
        String typed = type == KeyEvent.KEY_TYPED ? ch : KeyEvent.CHAR_UNDEFINED;
        Event.fireEvent(target, new KeyEvent(type, typed, "", code, false, false, false, false));
    }

    @Test
    void everyCharacterTypedAtFullSpeedIsKeptAndEnterGoesToTheNextRow(FxRobot robot) {
        burst(robot, "总院", KeyCode.TAB, "门诊楼", KeyCode.ENTER, "西院区", KeyCode.TAB, "病房楼", KeyCode.ENTER);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).site.get()).isEqualTo("总院");
        assertThat(rows.get(0).building.get()).isEqualTo("门诊楼");
        assertThat(rows.get(1).site.get()).isEqualTo("西院区");
        assertThat(rows.get(1).building.get()).isEqualTo("病房楼");
        assertThat(table.getEditingCell()).as("Enter after a filled last row opens a new row").isNotNull();
        assertThat(table.getEditingCell().getRow()).isEqualTo(2);
    }

    @Test
    void typingThroughTheRobotKeepsEveryCharacterToo(FxRobot robot) {
        robot.write("东院区").type(KeyCode.TAB).write("门诊楼").type(KeyCode.TAB);

        assertThat(rows.get(0).site.get()).isEqualTo("东院区");
        assertThat(rows.get(0).building.get()).isEqualTo("门诊楼");
    }

    @Test
    void aClickBelowTheRowsGoesToANewRowNotTheOneAbove(FxRobot robot) {
        burst(robot, "东院区", KeyCode.ENTER);
        robot.interact(() -> table.edit(-1, null));
        assertThat(rows).hasSize(2);
        robot.clickOn(table, MouseButton.PRIMARY);
        burst(robot, "北院", KeyCode.TAB);

        assertThat(rows.get(0).site.get()).as("the filled row is not overwritten").isEqualTo("东院区");
        assertThat(rows.get(1).site.get()).isEqualTo("北院");
    }

    @Test
    void aRowIsColouredByItsState(FxRobot robot) {
        robot.interact(() -> rows.get(0).state.set(RowState.OK));
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 0).findFirst().orElseThrow();
        assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("row-ok"));
        robot.interact(() -> rows.get(0).state.set(RowState.WARNING));
        assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("row-warning"))
                .doesNotContain(PseudoClass.getPseudoClass("row-ok"));
    }
}
