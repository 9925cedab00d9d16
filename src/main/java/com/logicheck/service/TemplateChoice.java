package com.logicheck.service;

import com.logicheck.domain.ServiceLine;
import java.util.UUID;

/** The newest version of an enabled checklist template (检查表模板), as the screens offer it for a new sheet. */
public record TemplateChoice(UUID versionId, String code, int version, String title, ServiceLine serviceLine,
                             int itemCount, boolean builtIn) {
}
