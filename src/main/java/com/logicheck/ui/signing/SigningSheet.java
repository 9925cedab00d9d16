package com.logicheck.ui.signing;

import com.logicheck.ui.common.SheetHeader;

/**
 * The sheet being signed as the 签字 screen shows it, as one value read in one load: its header, the 检查人 who signs,
 * the hint on the key password (first signature creates the key, or the key exists) and whether it may be signed now
 * (only a finished sheet).
 */
public record SigningSheet(SheetHeader header, String inspectorName, String keyHint, boolean signable) {

    /** Nothing loaded yet: nothing to sign. */
    public static final SigningSheet NONE = new SigningSheet(SheetHeader.NONE, "", "", false);
}
