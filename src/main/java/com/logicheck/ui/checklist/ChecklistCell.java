package com.logicheck.ui.checklist;

import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.i18n.Messages;
import com.logicheck.ui.common.DisplayText;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One line of the checklist list. Headings show 项目, subtotal and live score; items show 编号, 考评内容, 分值,
 * a status badge and the points deducted. Nodes are built once per cell and reused as the list scrolls.
 */
final class ChecklistCell extends ListCell<ChecklistRow> {
    private static final List<String> BADGES = List.of(Styles.BADGE_PASS, Styles.BADGE_DEDUCT, Styles.BADGE_NA,
            Styles.BADGE_OPEN, Styles.BADGE_UNSAVED);
    private final Messages messages;
    private final Label sectionTitle = new Label();
    private final Label sectionScore = new Label();
    private final HBox sectionBox;
    private final Label code = new Label();
    private final Label content = new Label();
    private final Label max = new Label();
    private final Label badge = new Label();
    private final Label deduction = new Label();
    private final HBox itemBox;

    ChecklistCell(Messages messages) {
        this.messages = messages;
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        sectionBox = new HBox(sectionTitle, gap, sectionScore);
        sectionBox.getStyleClass().add(Styles.SECTION_ROW);
        sectionTitle.getStyleClass().add("section-title");
        sectionScore.getStyleClass().add("section-score");
        code.getStyleClass().add("item-code");
        content.getStyleClass().add("item-content");
        content.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(content, Priority.ALWAYS);
        max.getStyleClass().add("item-max");
        badge.getStyleClass().add(Styles.BADGE);
        deduction.getStyleClass().add("item-deduction");
        itemBox = new HBox(code, content, max, badge, deduction);
        itemBox.getStyleClass().add(Styles.ITEM_ROW);
        setText(null);
    }

    @Override
    protected void updateItem(ChecklistRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(Styles.SECTION_ROW, Styles.ITEM_ROW, Styles.DEDUCTED, Styles.UNANSWERED);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof SectionRow s) {
            getStyleClass().add(Styles.SECTION_ROW);
            sectionTitle.setText(s.section().title());
            sectionScore.setText(s.scoreText(messages));
            setGraphic(sectionBox);
        } else if (row instanceof ItemRow i) {
            getStyleClass().add(Styles.ITEM_ROW);
            ItemRow.State state = i.state();
            code.setText(i.item().code());
            content.setText(DisplayText.of(i.item().content()));
            max.setText(messages.get("checklist.points", Scores.format(i.item().maxScore())));
            Outcome outcome = state.outcome();
            badge.getStyleClass().removeAll(BADGES);
            badge.getStyleClass().add(state.unsaved() ? Styles.BADGE_UNSAVED : outcome == null ? Styles.BADGE_OPEN
                    : switch (outcome) {
                        case PASS -> Styles.BADGE_PASS;
                        case DEDUCT -> Styles.BADGE_DEDUCT;
                        case NOT_APPLICABLE -> Styles.BADGE_NA;
                    });
            badge.setText(state.unsaved() ? messages.get("checklist.status.unsaved")
                    : outcome == null ? messages.get("checklist.status.open") : messages.label(outcome));
            deduction.setText(state.deducted() ? Formats.deduction(state.score().deduction()) : "");
            if (state.deducted()) {
                getStyleClass().add(Styles.DEDUCTED);
            } else if (!state.answered()) {
                getStyleClass().add(Styles.UNANSWERED);
            }
            setGraphic(itemBox);
        }
    }
}
