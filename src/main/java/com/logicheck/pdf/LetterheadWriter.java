package com.logicheck.pdf;

import com.logicheck.i18n.Messages;

/**
 * What the organisation's printed documents — the score sheet, the 整改通知单 and the 月服务质量报告 — are written
 * with: the bundled font, the language of their texts and the letterhead (ADR 0024). Held once here so that the
 * writers share one way of being made; a writer without a letterhead prints none.
 */
abstract class LetterheadWriter {
    final CjkFont fonts;
    final Messages messages;
    final Letterhead letterhead;

    LetterheadWriter(CjkFont fonts, Messages messages, Letterhead letterhead) {
        this.fonts = fonts;
        this.messages = messages;
        this.letterhead = letterhead;
    }
}
