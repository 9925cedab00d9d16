package com.logicheck.domain.inspection;

/** Who signs a sheet: 检查人 (inspector), 受检方 (the inspected side's representative), 复核 (supervisor's review). */
public enum SignatureRole {
    INSPECTOR, INSPECTEE, REVIEWER
}
