-- The month's inputs beside sheets and surveys (issue 17 items 2 and 3, ADR 0040): each panel member's score, each
-- entered part of an area, a dissatisfaction rate typed with its panel size, and the survey export's column mapping
-- remembered per scheme. Plain types and named constraints, the same on H2 and PostgreSQL (ADR 0038).

-- 评议小组: one score per member (department or person) of the provider's month; entering it again replaces it
CREATE TABLE month_panel_score (
    id          UUID NOT NULL,
    provider_id UUID NOT NULL,
    month_start DATE NOT NULL,
    member      VARCHAR(200) NOT NULL,
    score       DECIMAL(5, 2) NOT NULL,
    entered_by  UUID NOT NULL,
    entered_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT month_panel_score_pk PRIMARY KEY (id),
    CONSTRAINT month_panel_score_provider_fk FOREIGN KEY (provider_id) REFERENCES provider(id),
    CONSTRAINT month_panel_score_entered_by_fk FOREIGN KEY (entered_by) REFERENCES person(id),
    CONSTRAINT month_panel_score_month_ck CHECK (EXTRACT(DAY FROM month_start) = 1),
    CONSTRAINT month_panel_score_range_ck CHECK (score >= 0 AND score <= 100),
    CONSTRAINT month_panel_score_member_uq UNIQUE (provider_id, month_start, member)
);
CREATE INDEX month_panel_score_entered_by ON month_panel_score(entered_by);

-- 分区域考核: the entered score of one part of one area (e.g. 学生公寓 / 服务对象考核) of the provider's month
CREATE TABLE month_area_score (
    id          UUID NOT NULL,
    provider_id UUID NOT NULL,
    month_start DATE NOT NULL,
    area        VARCHAR(200) NOT NULL,
    part        VARCHAR(200) NOT NULL,
    score       DECIMAL(5, 2) NOT NULL,
    entered_by  UUID NOT NULL,
    entered_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT month_area_score_pk PRIMARY KEY (id),
    CONSTRAINT month_area_score_provider_fk FOREIGN KEY (provider_id) REFERENCES provider(id),
    CONSTRAINT month_area_score_entered_by_fk FOREIGN KEY (entered_by) REFERENCES person(id),
    CONSTRAINT month_area_score_month_ck CHECK (EXTRACT(DAY FROM month_start) = 1),
    CONSTRAINT month_area_score_range_ck CHECK (score >= 0 AND score <= 100),
    CONSTRAINT month_area_score_part_uq UNIQUE (provider_id, month_start, area, part)
);
CREATE INDEX month_area_score_entered_by ON month_area_score(entered_by);

-- 不满意率 typed for the month with the panel it was counted on (one per provider and month)
CREATE TABLE month_typed_rate (
    id          UUID NOT NULL,
    provider_id UUID NOT NULL,
    month_start DATE NOT NULL,
    percent     DECIMAL(5, 2) NOT NULL,
    panel       INT NOT NULL,
    entered_by  UUID NOT NULL,
    entered_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT month_typed_rate_pk PRIMARY KEY (id),
    CONSTRAINT month_typed_rate_provider_fk FOREIGN KEY (provider_id) REFERENCES provider(id),
    CONSTRAINT month_typed_rate_entered_by_fk FOREIGN KEY (entered_by) REFERENCES person(id),
    CONSTRAINT month_typed_rate_month_ck CHECK (EXTRACT(DAY FROM month_start) = 1),
    CONSTRAINT month_typed_rate_range_ck CHECK (percent >= 0 AND percent <= 100),
    CONSTRAINT month_typed_rate_panel_ck CHECK (panel >= 1),
    CONSTRAINT month_typed_rate_month_uq UNIQUE (provider_id, month_start)
);
CREATE INDEX month_typed_rate_entered_by ON month_typed_rate(entered_by);

-- Which columns of a 问卷星/问卷网 export hold the score (or the category), the respondent and the respondent's kind,
-- remembered per scheme (by its code, so a new version keeps it); the next import starts from it
CREATE TABLE survey_column_map (
    scheme_code       VARCHAR(100) NOT NULL,
    score_column      VARCHAR(500),
    category_column   VARCHAR(500),
    respondent_column VARCHAR(500),
    kind_column       VARCHAR(500),
    updated_by        UUID NOT NULL,
    updated_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_column_map_pk PRIMARY KEY (scheme_code),
    CONSTRAINT survey_column_map_scheme_fk FOREIGN KEY (scheme_code) REFERENCES assessment_scheme(code),
    CONSTRAINT survey_column_map_updated_by_fk FOREIGN KEY (updated_by) REFERENCES person(id),
    CONSTRAINT survey_column_map_one_ck CHECK ((score_column IS NULL) <> (category_column IS NULL))
);
CREATE INDEX survey_column_map_updated_by ON survey_column_map(updated_by);
