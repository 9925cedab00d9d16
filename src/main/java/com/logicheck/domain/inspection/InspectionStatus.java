package com.logicheck.domain.inspection;

/** draft → finished → signed → superseded. Only a draft can be edited. */
public enum InspectionStatus {
    DRAFT, FINISHED, SIGNED, SUPERSEDED;

    public boolean editable() {
        return this == DRAFT;
    }
}
