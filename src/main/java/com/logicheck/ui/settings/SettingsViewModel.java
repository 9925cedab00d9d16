package com.logicheck.ui.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.i18n.Messages;
import com.logicheck.service.HistoryEntry;
import com.logicheck.service.OrganisationSettings;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.ui.common.Failures;
import com.logicheck.ui.common.Formats;
import com.logicheck.ui.common.Navigator;
import com.logicheck.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * 单位设置: the organisation's name and logo, the idle lock (管理员 edit, others see them), this laptop's language and
 * sync folder (anyone), the history of these changes and 撤销 of the last one. Every change runs off the UI thread;
 * a refusal keeps the typed text and says why in the status line.
 */
public final class SettingsViewModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrganisationSettings settings;
    private final Messages messages;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final UUID actorId;
    private final ZoneId zone;
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final BooleanProperty separationOfDuties = new SimpleBooleanProperty(true);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>("zh");
    private final BooleanProperty signAfterFinish = new SimpleBooleanProperty(true);
    private boolean loadedSignAfterFinish = true;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Shown> shown;
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper("");
    private String loadedLanguage = "zh";

    public SettingsViewModel(OrganisationSettings settings, Messages messages, TaskExecutor executor, Navigator navigator,
                             UUID actorId, ZoneId zone, Path dataFolder) {
        this.settings = settings;
        this.messages = messages;
        this.executor = executor;
        this.navigator = navigator;
        this.actorId = actorId;
        this.zone = zone;
        this.dataFolder.set(dataFolder == null ? "" : dataFolder.toAbsolutePath().toString());
        shown = new ReadOnlyObjectWrapper<>(new Shown(null, "", false, false, messages.get("branding.undo"), List.of()));
        language.addListener((o, old, chosen) -> saveLanguage()); // choosing is saving; loading sets the loaded value
        signAfterFinish.addListener((o, old, on) -> saveSignAfterFinish());
    }

    /**
     * What the screen shows of the stored settings besides the fields one types into, replaced in one step: the logo
     * (PNG bytes, null for none), the sync folder in words, whether this person may edit, the 撤销 step and the history
     * in words, newest first.
     */
    public record Shown(byte[] logoPng, String syncFolder, boolean mayEdit, boolean undoable, String undoText,
                        List<String> history) {
        Shown withLogoAndUndo(byte[] png, boolean canUndo) {
            return new Shown(png, syncFolder, mayEdit, canUndo, undoText, history);
        }
    }

    /** Reads everything again (after each change too: the history and the undo step move on). */
    public void load() {
        executor.submit(this::read, this::show, this::fail);
    }

    private record Loaded(OrganisationSettings.Snapshot snapshot, List<String> history) {
    }

    /** Off the UI thread: the snapshot and the history in words, newest first. */
    private Loaded read() {
        OrganisationSettings.Snapshot s = settings.load(actorId);
        List<String> lines = new ArrayList<>();
        for (HistoryEntry e : s.history()) {
            lines.add(0, historyLine(e));
        }
        return new Loaded(s, lines);
    }

    private void show(Loaded loaded) {
        OrganisationSettings.Snapshot s = loaded.snapshot();
        organisation.set(s.organisation());
        idleMinutes.set(Integer.toString(s.idleMinutes()));
        separationOfDuties.set(s.separationOfDuties());
        loadedLanguage = s.language();
        language.set(s.language());
        loadedSignAfterFinish = s.signAfterFinish();
        signAfterFinish.set(s.signAfterFinish());
        shown.set(new Shown(s.logoPng(),
                s.syncFolder().isEmpty() ? messages.get("branding.syncFolder.none") : s.syncFolder(),
                s.mayEditOrganisation(),
                s.undo() != null,
                s.undo() == null ? messages.get("branding.undo") : messages.get(s.undo()),
                List.copyOf(loaded.history())));
        if (!s.mayEditOrganisation() && message.get().isEmpty()) {
            message.set(messages.get("branding.readOnly"));
        }
    }

    /** One history row in words: when, who, what (from → to). */
    String historyLine(HistoryEntry e) {
        String who = settings.personName(e.actorId());
        String when = Formats.dateTime(e.at(), zone);
        JsonNode d = detail(e.detail());
        String what = switch (e.action()) {
            case "SET_UP" -> messages.get("branding.history.setUp", text(d, "name"));
            case "RENAMED" -> messages.get("branding.history.renamed", text(d, "from"), text(d, "to"));
            case "LOGO_CHANGED" -> messages.get("branding.history.logoChanged");
            case "LOGO_REMOVED" -> messages.get("branding.history.logoRemoved");
            case "SETTING" -> messages.get("branding.history.setting", settingLabel(text(d, "key")),
                    shown(text(d, "from")), shown(text(d, "to")));
            default -> e.action();
        };
        return when + "  " + (who.isEmpty() ? "" : who + "  ") + what;
    }

    private String settingLabel(String key) {
        return switch (key) {
            case "lock.idleMinutes" -> messages.get("branding.idle");
            case OrganisationSettings.LANGUAGE -> messages.get("branding.language");
            case OrganisationSettings.SIGN_AFTER_FINISH -> messages.get("branding.signAfterFinish");
            case OrganisationSettings.SYNC_FOLDER -> messages.get("branding.syncFolder");
            case SeparationOfDuties.KEY -> messages.get("branding.duties");
            default -> key;
        };
    }

    private String shown(String value) {
        return switch (value) {
            case "" -> messages.get("branding.history.default");
            case "zh" -> messages.get("branding.language.zh");
            case "en" -> messages.get("branding.language.en");
            default -> value;
        };
    }

    private static JsonNode detail(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    /** 保存 the organisation's name. */
    public void saveName() {
        String typed = organisation.get();
        run(() -> {
            settings.rename(actorId, typed);
            return messages.get("branding.name.saved", typed.strip());
        });
    }

    /** The chosen image becomes the logo (checked first; a refused file keeps the old logo). */
    public void replaceLogo(Path file) {
        if (file == null) {
            return;
        }
        run(() -> {
            settings.replaceLogo(actorId, file);
            return messages.get("branding.logo.saved");
        });
    }

    public void removeLogo() {
        run(() -> {
            settings.removeLogo(actorId);
            return messages.get("branding.logo.removed");
        });
    }

    public void saveIdleMinutes() {
        String typed = idleMinutes.get();
        run(() -> {
            settings.idleMinutes(actorId, typed);
            int n = Integer.parseInt(typed.strip());
            return n == 0 ? messages.get("users.idleNever") : messages.get("users.idleSaved", Integer.toString(n));
        });
    }

    /** 四眼原则 on or off as ticked (管理员). */
    public void saveSeparationOfDuties() {
        boolean on = separationOfDuties.get();
        run(() -> {
            settings.separationOfDuties(actorId, on);
            return messages.get(on ? "branding.duties.on" : "branding.duties.off");
        });
    }

    public BooleanProperty separationOfDutiesProperty() {
        return separationOfDuties;
    }

    /** Stores the language chosen (applies at the next start); nothing when it did not change. */
    public void saveLanguage() {
        String chosen = language.get();
        if (chosen == null || chosen.equals(loadedLanguage)) {
            return;
        }
        run(() -> {
            settings.language(actorId, chosen);
            return messages.get("branding.language.saved");
        });
    }

    /** Stores whether 完成检查 goes on to 签字; nothing when it did not change. */
    public void saveSignAfterFinish() {
        boolean on = signAfterFinish.get();
        if (on == loadedSignAfterFinish) {
            return;
        }
        loadedSignAfterFinish = on;
        run(() -> {
            settings.signAfterFinish(actorId, on);
            return messages.get(on ? "branding.signAfterFinish.on" : "branding.signAfterFinish.off");
        });
    }

    /** 完成检查 → 签字 on this laptop. */
    public BooleanProperty signAfterFinishProperty() {
        return signAfterFinish;
    }

    public void chooseSyncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        run(() -> {
            settings.syncFolder(actorId, folder);
            return messages.get("branding.syncFolder.saved", folder.toAbsolutePath().toString());
        });
    }

    public void undo() {
        run(() -> settings.undo(actorId) ? messages.get("branding.undone") : messages.get("branding.nothingToUndo"));
    }

    public void home() {
        navigator.home();
    }

    private void run(Callable<String> work) {
        executor.submit(work, done -> {
            failed.set(false);
            message.set(done);
            load();
        }, e -> {
            fail(e);
            executor.submit(() -> settings.load(actorId), s -> shown.set(shown.get().withLogoAndUndo(s.logoPng(),
                    s.undo() != null)), this::fail);
        });
    }

    private void fail(Exception e) {
        failed.set(true);
        message.set(Failures.describe(e, messages));
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty idleMinutesProperty() {
        return idleMinutes;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** The stored settings as the screen shows them ({@link Shown}). */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }
}
