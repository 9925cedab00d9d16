package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.files.AtomicFile;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.BrandingRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SettingsRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * 单位设置 (ADR 0024): the organisation's name and logo (printed on sheets, notices and reports), the idle-lock minutes,
 * and this laptop's language and sync folder. 管理员 change the name, the logo and the lock; anyone changes this laptop's
 * language and sync folder (the 同步 screen lets anyone choose the folder too). Every change is logged
 * ({@link BrandingRepository}); the last change of the person who made it can be undone once (in memory, {@link LastChange}).
 */
public final class OrganisationSettings {
    /** This laptop's interface language ({@code zh} or {@code en}), used at the next start unless --lang is given. */
    public static final String LANGUAGE = "ui.language";
    /** Whether 完成检查 goes on to 签字 on this laptop (default) instead of back to the home screen. */
    public static final String SIGN_AFTER_FINISH = "checklist.signAfterFinish";
    public static final String SYNC_FOLDER = "sync.folder";
    static final long LOGO_MAX_BYTES = 10L * 1024 * 1024;
    static final int LOGO_MAX_SIDE = 10_000;
    private final BrandingRepository repository;
    private final SettingsRepository settings;
    private final SessionSettings session;
    private final ReferenceRepository reference;
    private final Path branding;
    private final UseCases useCases;
    private final LastChange last = new LastChange("branding.nothingToUndo");

    public OrganisationSettings(BrandingRepository repository, SettingsRepository settings, SessionSettings session,
                                ReferenceRepository reference, Path branding, UseCases useCases) {
        this.repository = repository;
        this.useCases = useCases;
        this.settings = settings;
        this.session = session;
        this.reference = reference;
        this.branding = branding;
    }

    /** Everything the screen shows. {@code logoPng} null when there is no logo; {@code undo} null when nothing to undo. */
    public record Snapshot(String organisation, byte[] logoPng, int idleMinutes, String language, String syncFolder,
                           boolean mayEditOrganisation, List<HistoryEntry> history, String undo,
                           boolean separationOfDuties, boolean signAfterFinish) {
    }

    public Snapshot load(UUID actorId) {
        String name = repository.organisation().map(BrandingRepository.Organisation::name).orElse("");
        Role role = reference.person(actorId).map(Person::role).orElse(null);
        return new Snapshot(name, currentLogo(), session.idleMinutes(), language(), settings.get(SYNC_FOLDER).orElse(""),
                AccessPolicy.allows(role, Permission.EDIT_ORGANISATION),
                repository.history().stream().map(HistoryEntry::of).toList(), undoText(actorId),
                new SeparationOfDuties(settings).on(), signAfterFinish());
    }

    /** The data folder (its {@code backups} folder holds the automatic backups, ADR 0016). */
    public Path dataFolder() {
        return branding.toAbsolutePath().getParent();
    }

    /** This laptop's language: zh unless en was chosen. */
    public String language() {
        return settings.get(LANGUAGE).filter("en"::equals).orElse("zh");
    }

    /** Whether 完成检查 goes on to 签字 on this laptop: yes unless switched off. */
    public boolean signAfterFinish() {
        return !settings.get(SIGN_AFTER_FINISH).filter("false"::equals).isPresent();
    }

    /** Switches 完成检查 → 签字 on or off for this laptop (anyone may; logged like the language). */
    public void signAfterFinish(UUID actorId, boolean on) {
        setting(actorId, SIGN_AFTER_FINISH, Boolean.toString(on), false);
    }

    /** The name of the person who made a history row. */
    public String personName(UUID personId) {
        return repository.personName(personId);
    }

    /** 单位名称: the wizard's rule (not blank, at most 200 characters). */
    public void rename(UUID actorId, String name) {
        String n = OrganisationSetup.organisation(name);
        String before = rename(actorId, n, Permission.EDIT_ORGANISATION);
        remember(actorId, "branding.undo.rename", () -> rename(actorId, before, Permission.EDIT_ORGANISATION));
    }

    /**
     * Replaces the logo with the image in {@code file} (PNG, JPEG, GIF, BMP; at most 10 MB and 10 000 px a side),
     * stored re-encoded as a PNG of at most 512 px. A refused file changes nothing; the old logo stays.
     */
    public void replaceLogo(UUID actorId, Path file) {
        byte[] png = logoPng(file);
        useCases.require(actorId, Permission.EDIT_ORGANISATION, AccessContext.NONE);
        byte[] before = currentLogo();
        store(actorId, png);
        remember(actorId, "branding.undo.logo", () -> store(actorId, before));
    }

    /** Removes the logo: sheets, notices and reports print none from now on. */
    public void removeLogo(UUID actorId) {
        byte[] before = currentLogo();
        if (before == null) {
            return;
        }
        store(actorId, null);
        remember(actorId, "branding.undo.logo", () -> store(actorId, before));
    }

    /** 无操作自动锁定 (管理员): 0–240 minutes, 0 = never. */
    public void idleMinutes(UUID actorId, String text) {
        String t = text == null ? "" : text.strip();
        int minutes;
        try {
            minutes = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new DomainException(Problem.of("problem.account.idleMinutes", SessionSettings.MAX_IDLE_MINUTES));
        }
        if (minutes < 0 || minutes > SessionSettings.MAX_IDLE_MINUTES) {
            throw new DomainException(Problem.of("problem.account.idleMinutes", SessionSettings.MAX_IDLE_MINUTES));
        }
        setting(actorId, SessionSettings.IDLE_MINUTES, Integer.toString(minutes), true);
    }

    /** 四眼原则 (管理员): whether duties are separated ({@link SeparationOfDuties}); on by default. */
    public void separationOfDuties(UUID actorId, boolean on) {
        setting(actorId, SeparationOfDuties.KEY, Boolean.toString(on), true);
    }

    /** This laptop's language, {@code zh} or {@code en}; applies at the next start. */
    public void language(UUID actorId, String language) {
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!l.equals("zh") && !l.equals("en")) {
            throw new DomainException(Problem.of("problem.branding.language", String.valueOf(language)));
        }
        setting(actorId, LANGUAGE, l, false);
    }

    /** The folder the 同步 screen opens with (null or blank: none). Must be an existing folder. */
    public void syncFolder(UUID actorId, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DomainException(Problem.of("problem.branding.syncFolder", folder.toString()));
        }
        setting(actorId, SYNC_FOLDER, folder == null ? null : folder.toAbsolutePath().toString(), false);
    }

    /** 撤销: reverts this person's last change (itself logged); false when there is nothing to undo. */
    public boolean undo(UUID actorId) {
        return last.undoIfAny(actorId).isPresent();
    }

    private void setting(UUID actorId, String key, String value, boolean adminOnly) {
        Permission permission = adminOnly ? Permission.EDIT_ORGANISATION : Permission.CHANGE_SETTING;
        String before = useCases.call(actorId, permission, actor -> repository.setting(actorId, key, value));
        if (!Objects.equals(before, value)) {
            remember(actorId, "branding.undo.setting",
                    () -> useCases.call(actorId, permission, actor -> repository.setting(actorId, key, before)));
        }
    }

    private String rename(UUID actorId, String name, Permission permission) {
        return useCases.call(actorId, permission, actor -> repository.rename(actorId, name));
    }

    private void remember(UUID actorId, String textKey, Runnable inverse) {
        last.remember(actorId, Problem.of(textKey), a -> inverse.run());
    }

    private String undoText(UUID actorId) {
        return last.undoable(actorId).map(Problem::key).orElse(null);
    }

    /** Writes (or with null deletes) {@code branding/logo.png}: logged first, then the file moved into place. */
    private void store(UUID actorId, byte[] png) {
        Path logo = branding.resolve(OrganisationSetup.LOGO_FILE);
        try {
            if (png == null) {
                useCases.run(actorId, Permission.EDIT_ORGANISATION, () -> repository.logo(actorId, null, null));
                Files.deleteIfExists(logo);
                return;
            }
            try (AtomicFile.Staged file = AtomicFile.stage(logo, AtomicFile.Readers.PRIVATE, out -> out.write(png))) {
                String sha256 = PdfVerifier.sha256(png);
                useCases.run(actorId, Permission.EDIT_ORGANISATION,
                        () -> repository.logo(actorId, "branding/" + OrganisationSetup.LOGO_FILE, sha256));
                file.commit();
            }
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.branding.logoWrite", logo.toString(),
                    String.valueOf(e.getMessage())));
        }
    }

    /** The stored logo's bytes, or null. */
    byte[] currentLogo() {
        Path logo = branding.resolve(OrganisationSetup.LOGO_FILE);
        try {
            return Files.isRegularFile(logo) ? Files.readAllBytes(logo) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks before decoding (size on disk, pixel size from the header), then the wizard's re-encoding. */
    static byte[] logoPng(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DomainException(Problem.of("problem.branding.logoMissing", file.toString()));
        }
        try {
            if (Files.size(file) > LOGO_MAX_BYTES) {
                throw new DomainException(Problem.of("problem.setup.logoTooLarge", name, 10));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    throw new DomainException(Problem.of("problem.setup.logoNotImage", name));
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w > LOGO_MAX_SIDE || h > LOGO_MAX_SIDE) {
                        throw new DomainException(Problem.of("problem.branding.logoPixels", name, String.valueOf(w),
                                String.valueOf(h), String.valueOf(LOGO_MAX_SIDE)));
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.setup.logoNotImage", name));
        }
        return OrganisationSetup.logo(file);
    }
}
