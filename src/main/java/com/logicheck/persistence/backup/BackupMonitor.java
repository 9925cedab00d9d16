package com.logicheck.persistence.backup;

/** Progress and cancel of a long backup or restore; the screen shows the bar and offers 取消. */
public interface BackupMonitor {
    BackupMonitor NONE = new BackupMonitor() {
        @Override
        public void progress(long done, long total) {
            // nobody watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Bytes copied so far of {@code total}. */
    void progress(long done, long total);

    /** Asked between files; true stops the work and leaves everything as it was. */
    boolean cancelled();
}
