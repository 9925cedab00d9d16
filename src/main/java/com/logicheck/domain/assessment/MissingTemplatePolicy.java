package com.logicheck.domain.assessment;

/** What a counted template with no sheet in the month does to the inspection component. */
public enum MissingTemplatePolicy {
    /** The templates that were inspected share the component's weight in proportion (with a warning). */
    RESCALE,
    /** The missing template scores 0 for its share. */
    ZERO
}
