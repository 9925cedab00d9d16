package com.logicheck.domain.assessment;

/** An exemption request waits for a supervisor, who approves or rejects it. */
public enum ExemptionStatus {
    PENDING, APPROVED, REJECTED
}
