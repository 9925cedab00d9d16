-- LogiCheck schema v4: rectification (整改). An order (整改通知单) is raised from one or more deductions of a finished
-- or signed sheet; its re-inspections (复查) are rows of their own; every status change is written to change_log
-- (entity 'rectification', with the sheet's inspection id). Deadlines are dates, the last day included.

CREATE TABLE rectification_order (
    id                   UUID PRIMARY KEY,
    inspection_id        UUID NOT NULL REFERENCES inspection(id),
    provider_id          UUID NOT NULL REFERENCES provider(id),
    place_id             UUID NOT NULL REFERENCES place(id),
    service_line         VARCHAR(30) NOT NULL,
    inspected_on         DATE NOT NULL,
    responsible_person   VARCHAR(100) NOT NULL CHECK (LENGTH(TRIM(responsible_person)) > 0),
    responsibility_level VARCHAR(20) NOT NULL
        CHECK (responsibility_level IN ('AREA_LEAD', 'SUPERVISOR', 'PROJECT_HEAD', 'COMPANY_MANAGER')),
    deadline             DATE NOT NULL CHECK (deadline >= inspected_on),
    required_standard    VARCHAR(4000) NOT NULL,
    causes               VARCHAR(200) NOT NULL,
    cause_note           VARCHAR(2000) NOT NULL,
    steps                VARCHAR(4000) NOT NULL,
    status               VARCHAR(20) NOT NULL CHECK (status IN ('OPEN', 'REPORTED_FIXED', 'VERIFIED', 'CLOSED')),
    round                INT DEFAULT 1 NOT NULL CHECK (round >= 1),
    repeat_of            UUID REFERENCES rectification_order(id),
    raised_by            UUID NOT NULL REFERENCES person(id),
    raised_at            TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    reported_at          TIMESTAMP(3) WITH TIME ZONE,
    report_note          VARCHAR(4000) DEFAULT '' NOT NULL,
    closed_by            UUID REFERENCES person(id),
    closed_at            TIMESTAMP(3) WITH TIME ZONE,
    closed_on            DATE,
    updated_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
-- the desk: overdue / due lists and the calendar read (status, deadline) ranges, optionally per provider or place
CREATE INDEX rectification_status_deadline ON rectification_order(status, deadline);
CREATE INDEX rectification_provider_status ON rectification_order(provider_id, status, deadline);
CREATE INDEX rectification_place_status ON rectification_order(place_id, status, deadline);
CREATE INDEX rectification_deadline ON rectification_order(deadline);
CREATE INDEX rectification_inspection ON rectification_order(inspection_id);

-- 不合格项 of an order. template_id + item_code name the item across template versions; a deduction of a sheet
-- is on at most one order.
CREATE TABLE rectification_item (
    id               UUID PRIMARY KEY,
    order_id         UUID NOT NULL REFERENCES rectification_order(id),
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    template_id      UUID NOT NULL REFERENCES checklist_template(id),
    item_code        VARCHAR(20) NOT NULL,
    content          VARCHAR(1000) NOT NULL,
    place_id         UUID NOT NULL REFERENCES place(id),
    deduction        DECIMAL(7, 2) NOT NULL CHECK (deduction > 0),
    note             VARCHAR(4000) NOT NULL,
    UNIQUE (inspection_id, template_item_id)
);
CREATE INDEX rectification_item_order ON rectification_item(order_id);
CREATE INDEX rectification_item_repeat ON rectification_item(template_id, item_code, place_id);

-- 复查: who, when, evidence, verdict; a failed one carries the new deadline
CREATE TABLE reinspection (
    id           UUID PRIMARY KEY,
    order_id     UUID NOT NULL REFERENCES rectification_order(id),
    round        INT NOT NULL CHECK (round >= 1),
    inspector_id UUID NOT NULL REFERENCES person(id),
    inspected_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    verdict      VARCHAR(10) NOT NULL CHECK (verdict IN ('PASSED', 'FAILED')),
    note         VARCHAR(4000) NOT NULL,
    new_deadline DATE,
    CHECK ((verdict = 'FAILED') = (new_deadline IS NOT NULL))
);
CREATE INDEX reinspection_order ON reinspection(order_id, inspected_at);

-- evidence photos of the provider's report (stage REPORT) or of a re-inspection (stage REINSPECTION); the file lives
-- in the data folder under photos/, named by its SHA-256 like the sheets' photos
CREATE TABLE rectification_photo (
    id               UUID PRIMARY KEY,
    order_id         UUID NOT NULL REFERENCES rectification_order(id),
    reinspection_id  UUID REFERENCES reinspection(id),
    stage            VARCHAR(20) NOT NULL CHECK (stage IN ('REPORT', 'REINSPECTION')),
    sha256           VARCHAR(64) NOT NULL,
    original_name    VARCHAR(500) NOT NULL,
    added_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX rectification_photo_order ON rectification_photo(order_id);
