package com.logicheck.persistence;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password of an encrypted database (数据库密码, H2 {@code CIPHER=AES}), or {@link #NONE} for a plain one.
 * Held as characters so the caller can {@link #wipe()} it once the database is open.
 */
public final class DatabaseKey {
    public static final DatabaseKey NONE = new DatabaseKey(null);
    private final char[] password;

    private DatabaseKey(char[] password) {
        this.password = password;
    }

    /** A key for {@code password}; a copy is kept, so the caller may wipe its own array. */
    public static DatabaseKey of(char[] password) {
        return password == null ? NONE : new DatabaseKey(password.clone());
    }

    public boolean present() {
        return password != null;
    }

    public boolean blank() {
        return password == null || new String(password).isBlank();
    }

    /**
     * H2's password field for the database next to {@code marker}: the file key derived from this password
     * ({@link FileKey}), a space, then the (empty) user password.
     */
    String h2Password(Path marker) {
        return password == null ? "" : new String(fileKey(marker)) + " ";
    }

    /** The key H2's file encryption gets, derived with the salt in the folder's marker. */
    char[] fileKey(Path marker) {
        return password == null ? null : FileKey.read(marker).derive(password);
    }

    char[] chars() {
        return password == null ? null : password.clone();
    }

    public void wipe() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
