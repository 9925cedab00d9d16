-- Routes with time windows (issue 16 item 4): 巡检路线 — ordered points (places), each with its windows of the day,
-- assigned to a person or to everyone of a responsibility level, checking one provider's work (or none), from valid_from up to and including valid_until
-- (NULL = open-ended; 结束 sets it). A route is never deleted. Windows are minutes of the day, start < end, so a
-- window never crosses midnight. Check-ins (place_checkin, V19) are matched against the points when reading.
CREATE TABLE route (
    id                   UUID NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    person_id            UUID,
    responsibility_level VARCHAR(20),
    provider_id          UUID,
    valid_from           DATE NOT NULL,
    valid_until          DATE,
    created_by           UUID NOT NULL,
    created_at           TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT route_pk PRIMARY KEY (id),
    CONSTRAINT route_person_fk FOREIGN KEY (person_id) REFERENCES person(id),
    CONSTRAINT route_provider_fk FOREIGN KEY (provider_id) REFERENCES provider(id),
    CONSTRAINT route_created_by_fk FOREIGN KEY (created_by) REFERENCES person(id),
    CONSTRAINT route_assigned_ck CHECK (person_id IS NOT NULL OR responsibility_level IS NOT NULL),
    CONSTRAINT route_level_ck CHECK (responsibility_level IS NULL
        OR responsibility_level IN ('AREA_LEAD', 'SUPERVISOR', 'PROJECT_HEAD', 'COMPANY_MANAGER')),
    CONSTRAINT route_end_after_start_ck CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX route_person_ix ON route(person_id);
CREATE INDEX route_provider_ix ON route(provider_id);
CREATE INDEX route_created_by_ix ON route(created_by);

-- A point of a route: its place, in walking order (seq from 1); a place appears once per route.
CREATE TABLE route_point (
    route_id UUID NOT NULL,
    seq      INT NOT NULL,
    place_id UUID NOT NULL,
    CONSTRAINT route_point_pk PRIMARY KEY (route_id, seq),
    CONSTRAINT route_point_route_fk FOREIGN KEY (route_id) REFERENCES route(id),
    CONSTRAINT route_point_place_fk FOREIGN KEY (place_id) REFERENCES place(id),
    CONSTRAINT route_point_place_uq UNIQUE (route_id, place_id),
    CONSTRAINT route_point_seq_ck CHECK (seq >= 1)
);
CREATE INDEX route_point_route_ix ON route_point(route_id);
CREATE INDEX route_point_place_ix ON route_point(place_id);

-- A window of a point (每班两次 = two rows), minutes of the day: 08:00–10:00 is 480–600; 24:00 is 1440.
CREATE TABLE route_window (
    route_id     UUID NOT NULL,
    seq          INT NOT NULL,
    occurrence   INT NOT NULL,
    start_minute INT NOT NULL,
    end_minute   INT NOT NULL,
    CONSTRAINT route_window_pk PRIMARY KEY (route_id, seq, occurrence),
    CONSTRAINT route_window_point_fk FOREIGN KEY (route_id, seq) REFERENCES route_point(route_id, seq),
    CONSTRAINT route_window_minutes_ck CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
);
CREATE INDEX route_window_point_ix ON route_window(route_id, seq);
