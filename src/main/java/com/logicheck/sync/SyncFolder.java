package com.logicheck.sync;

import com.logicheck.persistence.SettingsRepository;
import java.nio.file.Path;
import java.util.Optional;

/**
 * 同步文件夹: the folder this laptop exchanges files through, remembered in the settings under {@value #SETTING}, so
 * the 同步 screen reads and remembers it without reaching into the settings table itself.
 */
public final class SyncFolder {
    public static final String SETTING = "sync.folder";
    private final SettingsRepository settings;

    public SyncFolder(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The remembered folder, if one was chosen. */
    public Optional<Path> remembered() {
        return settings.get(SETTING).map(Path::of);
    }

    /** Remembers {@code folder} (as an absolute path). */
    public void remember(Path folder) {
        settings.put(SETTING, folder.toAbsolutePath().toString());
    }
}
