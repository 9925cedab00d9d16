package com.logicheck.ui.home;

import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.i18n.Messages;
import com.logicheck.service.SheetListing;
import com.logicheck.service.SheetLists;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 首页: drafts to resume and the most recent finished sheets; opening one goes to its checklist or summary. */
public final class HomeViewModel {
    static final int RECENT = 100;
    private final SheetLists inspections;
    private final Messages messages;
    private final ZoneId zone;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<Row> drafts = FXCollections.observableArrayList();
    private final ObservableList<Row> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper("");
    private final BooleanProperty templatesAllowed = new SimpleBooleanProperty(false);

    /**
     * One inspection as a table row, every cell already in words; {@code present} false marks 未到点确认, with
     * {@code presenceTip} saying why.
     */
    public record Row(UUID id, InspectionStatus status, String template, String provider, String place,
                      String inspector, String kind, String date, String score, String grade, String statusText,
                      String number, boolean present, String presence, String presenceTip) {
    }

    public HomeViewModel(SheetLists inspections, Messages messages, ZoneId zone, TaskExecutor executor,
                         Navigator navigator, String userName) {
        this.inspections = inspections;
        this.messages = messages;
        this.zone = zone;
        this.executor = executor;
        this.navigator = navigator;
        this.user.set(messages.get("common.inspector", userName));
    }

    private record Lists(List<SheetListing> drafts, List<SheetListing> recent) {
    }

    /** Reloads both lists in the background. */
    public void refresh() {
        executor.submit(() -> new Lists(inspections.drafts(), inspections.recent(RECENT)), lists -> {
            drafts.setAll(lists.drafts().stream().map(this::row).toList());
            recent.setAll(lists.recent().stream().map(this::row).toList());
            message.set(drafts.isEmpty() && recent.isEmpty() ? messages.get("home.empty") : "");
        }, Failures.shownIn(message, messages));
    }

    private Row row(SheetListing r) {
        return new Row(r.id(), r.status(), r.templateTitle(), r.providerName(), r.placePath(), r.inspectorName(),
                messages.label(r.kind()), Formats.dateTime(r.startedAt(), zone), Formats.score(r.score()),
                r.grade() == null ? Formats.NONE : messages.grade(r.grade()), messages.label(r.status()), r.number(),
                r.present(), messages.get(r.present() ? "home.presence.yes" : "home.presence.none"),
                r.present() ? messages.get("home.presence.yesTip") : messages.get("home.presence.noneTip", r.placePath()));
    }

    /** A draft opens in its checklist, anything else in its summary. */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        if (row.status().editable()) {
            navigator.checklist(row.id());
        } else {
            navigator.summary(row.id());
        }
    }

    public void newInspection() {
        navigator.newInspection();
    }

    /** 考核表模板 (主管 and 管理员 only; the service refuses anyone else too). */
    public void templates() {
        if (templatesAllowed.get()) {
            navigator.templates();
        }
    }

    /** Whether the user may edit templates (shows the 考核表模板 button). */
    public void allowTemplates(boolean allowed) {
        templatesAllowed.set(allowed);
    }

    public ReadOnlyBooleanProperty templatesAllowedProperty() {
        return templatesAllowed;
    }

    private final BooleanProperty referenceDataAllowed =
            new SimpleBooleanProperty(false);

    /** Whether the window offers 基础资料 (every role may look; only 主管/管理员 edit). */
    public void allowReferenceData(boolean allowed) {
        referenceDataAllowed.set(allowed);
    }

    public ReadOnlyBooleanProperty referenceDataAllowedProperty() {
        return referenceDataAllowed;
    }

    /** 基础资料. */
    public void referenceData() {
        if (referenceDataAllowed.get()) {
            navigator.referenceData();
        }
    }

    /** 备份与恢复. */
    public void backups() {
        navigator.backups();
    }

    /** 月度考核. */
    public void assessment() {
        navigator.assessment();
    }

    /** 月度报告. */
    public void reports() {
        navigator.reports();
    }

    /** 批量导出. */
    public void batchExport() {
        navigator.batchExport();
    }

    /** 整改台账. */
    public void desk() {
        navigator.desk();
    }

    /** 验证签名. */
    public void verify() {
        navigator.verify();
    }

    private final BooleanProperty settingsAllowed =
            new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper organisation = new ReadOnlyStringWrapper("");

    /** Whether the window offers 单位设置 (every role may look; 管理员 edit). */
    public void allowSettings(boolean allowed) {
        settingsAllowed.set(allowed);
    }

    public ReadOnlyBooleanProperty settingsAllowedProperty() {
        return settingsAllowed;
    }

    /** The organisation's name beside the title (the same name the PDFs print). */
    public void showOrganisation(String name) {
        organisation.set(name == null ? "" : name);
    }

    public ReadOnlyStringProperty organisationProperty() {
        return organisation.getReadOnlyProperty();
    }

    /** 单位设置. */
    public void settings() {
        if (settingsAllowed.get()) {
            navigator.settings();
        }
    }

    /** 层级检查. */
    public void plans() {
        navigator.plans();
    }

    /** 锁定 (the same as Ctrl+L). */
    public void lock() {
        navigator.lock();
    }

    /** 同步 (import and export through a folder). */
    public void sync() {
        navigator.sync();
    }

    public ObservableList<Row> drafts() {
        return drafts;
    }

    public ObservableList<Row> recent() {
        return recent;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }
}
