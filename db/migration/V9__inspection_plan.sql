-- LogiCheck schema v9: 层级检查计划 (inspection plans, seed 004 第12篇 5.1). Who must inspect which place (and
-- everything under it), optionally for one provider and service line, how many times per period, covering what share
-- of the area's units. Plans are changed by supervisors only; a plan is never deleted, it is made inactive.

CREATE TABLE inspection_plan (
    id                   UUID PRIMARY KEY,
    person_id            UUID NOT NULL REFERENCES person(id),
    responsibility_level VARCHAR(20) NOT NULL
        CHECK (responsibility_level IN ('AREA_LEAD', 'SUPERVISOR', 'PROJECT_HEAD', 'COMPANY_MANAGER')),
    provider_id          UUID REFERENCES provider(id),
    place_id             UUID NOT NULL REFERENCES place(id),
    service_line         VARCHAR(30),
    times                INT NOT NULL CHECK (times BETWEEN 1 AND 100),
    period_unit          VARCHAR(10) NOT NULL CHECK (period_unit IN ('HOURS', 'DAYS', 'MONTHS')),
    period_length        INT NOT NULL CHECK (period_length BETWEEN 1 AND 366),
    coverage_numerator   INT DEFAULT 0 NOT NULL,
    coverage_denominator INT DEFAULT 1 NOT NULL,
    min_units            INT DEFAULT 0 NOT NULL CHECK (min_units >= 0),
    valid_from           DATE NOT NULL,
    active               BOOLEAN DEFAULT TRUE NOT NULL,
    created_by           UUID NOT NULL REFERENCES person(id),
    created_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CHECK (coverage_denominator >= 1 AND coverage_numerator BETWEEN 0 AND coverage_denominator)
);
CREATE INDEX inspection_plan_person ON inspection_plan(person_id);

-- a plan's visits: one person's sheets in a time range
CREATE INDEX inspection_inspector_started ON inspection(inspector_id, started_at);

-- the desk's charts read recent orders by the day they were raised and closed (ADR 0018)
CREATE INDEX rectification_inspected_on ON rectification_order(inspected_on);
CREATE INDEX rectification_closed_on ON rectification_order(closed_on);
