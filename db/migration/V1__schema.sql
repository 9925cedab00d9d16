-- LogiCheck schema v1. Every record that travels between laptops has a stable UUID primary key.
-- Times are stored WITH TIME ZONE; money and scores as exact DECIMALs.

CREATE TABLE organisation (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    logo_path   VARCHAR(500),
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

-- site → building → floor → ward/area
CREATE TABLE place (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation(id),
    parent_id       UUID REFERENCES place(id),
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('SITE', 'BUILDING', 'FLOOR', 'AREA')),
    name            VARCHAR(200) NOT NULL,
    path            VARCHAR(1000) NOT NULL,
    sort_order      INT DEFAULT 0 NOT NULL,
    active          BOOLEAN DEFAULT TRUE NOT NULL
);
CREATE INDEX place_parent ON place(parent_id);

CREATE TABLE provider (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation(id),
    name            VARCHAR(200) NOT NULL,
    short_name      VARCHAR(50) NOT NULL,
    active          BOOLEAN DEFAULT TRUE NOT NULL
);

-- 托管合同: service lines, 管理费, 履约保证金; an assessment scheme is attached by a later migration
CREATE TABLE contract (
    id               UUID PRIMARY KEY,
    provider_id      UUID NOT NULL REFERENCES provider(id),
    title            VARCHAR(200) NOT NULL,
    service_lines    VARCHAR(200) NOT NULL,
    monthly_fee      DECIMAL(14, 2) NOT NULL CHECK (monthly_fee >= 0),
    performance_bond DECIMAL(14, 2) NOT NULL CHECK (performance_bond >= 0),
    starts_on        DATE NOT NULL,
    ends_on          DATE,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE TABLE person (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation(id),
    provider_id     UUID REFERENCES provider(id),
    name            VARCHAR(100) NOT NULL,
    role            VARCHAR(20) NOT NULL CHECK (role IN ('INSPECTOR', 'SUPERVISOR', 'ADMIN', 'PROVIDER_CONTACT')),
    phone           VARCHAR(50),
    login           VARCHAR(100) UNIQUE,
    password_hash   VARCHAR(300),
    active          BOOLEAN DEFAULT TRUE NOT NULL
);

-- 考核表模板 and its immutable versions
CREATE TABLE checklist_template (
    id           UUID PRIMARY KEY,
    code         VARCHAR(100) NOT NULL UNIQUE,
    service_line VARCHAR(30) NOT NULL,
    built_in     BOOLEAN NOT NULL,
    enabled      BOOLEAN DEFAULT TRUE NOT NULL
);

CREATE TABLE template_version (
    id           UUID PRIMARY KEY,
    template_id  UUID NOT NULL REFERENCES checklist_template(id),
    version      INT NOT NULL CHECK (version >= 1),
    title        VARCHAR(200) NOT NULL,
    source       VARCHAR(500),
    total_score  DECIMAL(7, 2) NOT NULL CHECK (total_score > 0),
    na_policy    VARCHAR(20) NOT NULL CHECK (na_policy IN ('RESCALE', 'FULL_MARKS')),
    grade_bands  VARCHAR(1000) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    published_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (template_id, version)
);

CREATE TABLE template_section (
    id                  UUID PRIMARY KEY,
    template_version_id UUID NOT NULL REFERENCES template_version(id),
    position            INT NOT NULL,
    title               VARCHAR(200) NOT NULL,
    subtotal            DECIMAL(7, 2) NOT NULL CHECK (subtotal > 0),
    UNIQUE (template_version_id, position)
);

-- rules: the structured 评分标准 as JSON (a list of PER_OCCURRENCE / PER_UNIT / RANGE clauses)
CREATE TABLE template_item (
    id                  UUID PRIMARY KEY,
    section_id          UUID NOT NULL REFERENCES template_section(id),
    template_version_id UUID NOT NULL REFERENCES template_version(id),
    position            INT NOT NULL,
    code                VARCHAR(20) NOT NULL,
    content             VARCHAR(1000) NOT NULL,
    requirement         VARCHAR(4000) NOT NULL,
    criteria            VARCHAR(2000) NOT NULL,
    max_score           DECIMAL(7, 2) NOT NULL CHECK (max_score > 0),
    na_allowed          BOOLEAN NOT NULL,
    remark              VARCHAR(1000) NOT NULL,
    rules               VARCHAR(4000) NOT NULL,
    UNIQUE (template_version_id, code)
);
CREATE INDEX template_item_version ON template_item(template_version_id, position);

-- 检查: one sheet. A correction of a signed sheet is a new revision that supersedes the old one.
-- origin_device / imported_from / content_hash are the sync provenance.
CREATE TABLE inspection (
    id                  UUID PRIMARY KEY,
    template_version_id UUID NOT NULL REFERENCES template_version(id),
    provider_id         UUID NOT NULL REFERENCES provider(id),
    place_id            UUID NOT NULL REFERENCES place(id),
    inspector_id        UUID NOT NULL REFERENCES person(id),
    kind                VARCHAR(20) NOT NULL CHECK (kind IN ('FULL', 'SPOT_CHECK', 'PATROL')),
    status              VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'FINISHED', 'SIGNED', 'SUPERSEDED')),
    started_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP(3) WITH TIME ZONE,
    signed_at           TIMESTAMP(3) WITH TIME ZONE,
    revision            INT DEFAULT 1 NOT NULL CHECK (revision >= 1),
    supersedes_id       UUID REFERENCES inspection(id),
    score               DECIMAL(7, 2),
    grade               VARCHAR(20),
    origin_device       UUID NOT NULL,
    imported_from       VARCHAR(500),
    content_hash        VARCHAR(64),
    updated_at          TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX inspection_started ON inspection(started_at);
CREATE INDEX inspection_status ON inspection(status, updated_at);
CREATE INDEX inspection_provider_month ON inspection(provider_id, started_at);

-- one answer per template item; quantities = one decimal per rule clause, comma separated
CREATE TABLE item_result (
    id               UUID PRIMARY KEY,
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    outcome          VARCHAR(20) NOT NULL CHECK (outcome IN ('PASS', 'DEDUCT', 'NOT_APPLICABLE')),
    quantities       VARCHAR(200) NOT NULL,
    deduction        DECIMAL(7, 2) NOT NULL CHECK (deduction >= 0),
    note             VARCHAR(4000) NOT NULL,
    place_id         UUID REFERENCES place(id),
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (inspection_id, template_item_id)
);

-- evidence photos: the file lives in the data folder under photos/, named by its SHA-256
CREATE TABLE photo (
    id               UUID PRIMARY KEY,
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    sha256           VARCHAR(64) NOT NULL,
    file_name        VARCHAR(200) NOT NULL,
    original_name    VARCHAR(500) NOT NULL,
    byte_size        BIGINT NOT NULL,
    width            INT NOT NULL,
    height           INT NOT NULL,
    caption          VARCHAR(500) NOT NULL,
    place_id         UUID REFERENCES place(id),
    taken_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX photo_item ON photo(inspection_id, template_item_id);

-- signatures (检查人 / 受检方 / 复核); used by the signed-sheet work
CREATE TABLE signature (
    id             UUID PRIMARY KEY,
    inspection_id  UUID NOT NULL REFERENCES inspection(id),
    role           VARCHAR(20) NOT NULL CHECK (role IN ('INSPECTOR', 'INSPECTEE', 'REVIEWER')),
    person_id      UUID REFERENCES person(id),
    signer_name    VARCHAR(100) NOT NULL,
    image_png      BLOB,
    refused_reason VARCHAR(1000),
    signed_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (inspection_id, role)
);

-- append-only history of every change; the application never updates or deletes a row
CREATE TABLE change_log (
    seq           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    id            UUID NOT NULL UNIQUE,
    entity        VARCHAR(40) NOT NULL,
    entity_id     UUID NOT NULL,
    inspection_id UUID,
    action        VARCHAR(40) NOT NULL,
    detail        VARCHAR(8000) NOT NULL,
    actor_id      UUID,
    device_id     UUID NOT NULL,
    at            TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_inspection ON change_log(inspection_id, seq);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
