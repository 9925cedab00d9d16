package com.logicheck.faults;

/** The five kinds of work the campaign kills in the middle of. */
enum FaultKind {
    ENTRY, SIGNING, SYNC_IMPORT, BACKUP, MONTH_CLOSING
}
