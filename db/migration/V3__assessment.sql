-- LogiCheck schema v3: the monthly assessment (月度考核). Every record has a UUID; months are stored as the first
-- day of the month; money in 元 as DECIMAL(14,2). Decisions (exemptions, appeals, closing) are rows that keep who
-- decided, when and why; each change is also written to change_log.

-- 考核办法 and its immutable versions (the definition is the scheme's data file as JSON)
CREATE TABLE assessment_scheme (
    id       UUID PRIMARY KEY,
    code     VARCHAR(100) NOT NULL UNIQUE,
    built_in BOOLEAN NOT NULL
);

CREATE TABLE assessment_scheme_version (
    id           UUID PRIMARY KEY,
    scheme_id    UUID NOT NULL REFERENCES assessment_scheme(id),
    version      INT NOT NULL CHECK (version >= 1),
    title        VARCHAR(200) NOT NULL,
    definition   CLOB NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    published_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (scheme_id, version)
);

-- a contract is assessed under a scheme version from a month on; the newest link not after a month applies to it
CREATE TABLE contract_scheme (
    id                UUID PRIMARY KEY,
    contract_id       UUID NOT NULL REFERENCES contract(id),
    scheme_version_id UUID NOT NULL REFERENCES assessment_scheme_version(id),
    from_month        DATE NOT NULL CHECK (EXTRACT(DAY FROM from_month) = 1),
    attached_by       UUID REFERENCES person(id),
    attached_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (contract_id, from_month)
);

-- 满意度调查: one row per respondent; rows entered or imported together share a batch id
CREATE TABLE survey_response (
    id              UUID PRIMARY KEY,
    provider_id     UUID NOT NULL REFERENCES provider(id),
    month_start     DATE NOT NULL CHECK (EXTRACT(DAY FROM month_start) = 1),
    respondent_kind VARCHAR(20) NOT NULL CHECK (respondent_kind IN ('STAFF', 'STUDENT', 'OTHER')),
    respondent      VARCHAR(100) NOT NULL,
    score           DECIMAL(7, 2) NOT NULL CHECK (score >= 0),
    batch_id        UUID NOT NULL,
    entered_by      UUID REFERENCES person(id),
    entered_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX survey_response_month ON survey_response(provider_id, month_start);

-- 第三方评价: one score per provider and month (replacing it keeps the old value in change_log)
CREATE TABLE third_party_score (
    id          UUID PRIMARY KEY,
    provider_id UUID NOT NULL REFERENCES provider(id),
    month_start DATE NOT NULL CHECK (EXTRACT(DAY FROM month_start) = 1),
    evaluator   VARCHAR(200) NOT NULL,
    score       DECIMAL(7, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
    note        VARCHAR(2000) NOT NULL,
    recorded_by UUID REFERENCES person(id),
    recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    UNIQUE (provider_id, month_start)
);

-- 投诉 about one template item; basis = what the item's 评分标准 deducts for the quantities entered
CREATE TABLE complaint (
    id               UUID PRIMARY KEY,
    provider_id      UUID NOT NULL REFERENCES provider(id),
    received_on      DATE NOT NULL,
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    quantities       VARCHAR(200) NOT NULL,
    basis            DECIMAL(7, 2) NOT NULL CHECK (basis > 0),
    substantiated    BOOLEAN NOT NULL,
    description      VARCHAR(2000) NOT NULL,
    recorded_by      UUID REFERENCES person(id),
    recorded_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_month ON complaint(provider_id, received_on);

-- 一票否决 grounds, always with evidence
CREATE TABLE veto_event (
    id          UUID PRIMARY KEY,
    provider_id UUID NOT NULL REFERENCES provider(id),
    occurred_on DATE NOT NULL,
    type        VARCHAR(30) NOT NULL CHECK (type IN ('SAFETY_ACCIDENT', 'WRITTEN_CRITICISM', 'IGNORED_REQUIREMENTS')),
    evidence    VARCHAR(4000) NOT NULL CHECK (LENGTH(TRIM(evidence)) > 0),
    loss_yuan   DECIMAL(14, 2) CHECK (loss_yuan >= 0),
    casualties  INT DEFAULT 0 NOT NULL CHECK (casualties >= 0),
    recorded_by UUID REFERENCES person(id),
    recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX veto_event_month ON veto_event(provider_id, occurred_on);

-- 不予扣分: asked for by an inspector on one deducted item of a sheet, decided by a supervisor
CREATE TABLE exemption (
    id               UUID PRIMARY KEY,
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    reason_category  VARCHAR(20) NOT NULL CHECK (reason_category IN ('CLIENT_CAUSE', 'THIRD_PARTY', 'FORCE_MAJEURE')),
    reason           VARCHAR(2000) NOT NULL CHECK (LENGTH(TRIM(reason)) > 0),
    requested_by     UUID NOT NULL REFERENCES person(id),
    requested_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    status           VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by       UUID REFERENCES person(id),
    decided_at       TIMESTAMP(3) WITH TIME ZONE,
    decision_note    VARCHAR(2000),
    CHECK ((status = 'PENDING') = (decided_by IS NULL))
);
CREATE INDEX exemption_inspection ON exemption(inspection_id);

-- 申辩: the provider contests one deduction; a supervisor upholds or overturns it with a reason
CREATE TABLE appeal (
    id               UUID PRIMARY KEY,
    inspection_id    UUID NOT NULL REFERENCES inspection(id),
    template_item_id UUID NOT NULL REFERENCES template_item(id),
    statement        VARCHAR(4000) NOT NULL CHECK (LENGTH(TRIM(statement)) > 0),
    raised_by        UUID NOT NULL REFERENCES person(id),
    raised_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    status           VARCHAR(20) NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'OVERTURNED')),
    decided_by       UUID REFERENCES person(id),
    decided_at       TIMESTAMP(3) WITH TIME ZONE,
    decision_reason  VARCHAR(2000),
    CHECK ((status = 'OPEN') = (decided_by IS NULL))
);
CREATE INDEX appeal_inspection ON appeal(inspection_id);

-- a closed month: the frozen result as JSON. Reopening (with a reason) marks the row REOPENED; closing again adds
-- a new row, so every closed result ever issued stays on record.
CREATE TABLE assessment_month (
    id                UUID PRIMARY KEY,
    provider_id       UUID NOT NULL REFERENCES provider(id),
    month_start       DATE NOT NULL CHECK (EXTRACT(DAY FROM month_start) = 1),
    contract_id       UUID NOT NULL REFERENCES contract(id),
    scheme_version_id UUID NOT NULL REFERENCES assessment_scheme_version(id),
    status            VARCHAR(20) NOT NULL CHECK (status IN ('CLOSED', 'REOPENED')),
    total             DECIMAL(9, 2),
    failed            BOOLEAN NOT NULL,
    result_json       CLOB NOT NULL,
    closed_by         UUID NOT NULL REFERENCES person(id),
    closed_at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    reopened_by       UUID REFERENCES person(id),
    reopened_at       TIMESTAMP(3) WITH TIME ZONE,
    reopen_reason     VARCHAR(2000),
    CHECK ((status = 'REOPENED') = (reopen_reason IS NOT NULL))
);
CREATE INDEX assessment_month_provider ON assessment_month(provider_id, month_start);
