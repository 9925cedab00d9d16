-- Issue 18 (hub): an index for each foreign-key column that has none (PostgreSQL, unlike H2, makes none for a
-- foreign key; ADR 0038 listed them) and the uniqueness two hub processes on one database rely on (ADR 0044).
-- Twin of db/h2/V20__hub_constraints.sql, which has only the uniqueness part.

-- Uniqueness the import relies on when two hub processes import into one database at once (ADR 0044): a signed
-- record file is one record, so its SHA-256 is stored once (a second process inserting the same file fails and is
-- told the file is known), and a reference package raises at most one conflict per row it carries.
ALTER TABLE sync_record ADD CONSTRAINT sync_record_file_unique UNIQUE (file_sha256);
DROP INDEX sync_record_file;
ALTER TABLE reference_conflict ADD CONSTRAINT reference_conflict_row_unique UNIQUE (package_sha256, entity, entity_id);

CREATE INDEX appeal_decided_by_fk ON appeal(decided_by);
CREATE INDEX appeal_raised_by_fk ON appeal(raised_by);
CREATE INDEX appeal_template_item_id_fk ON appeal(template_item_id);
CREATE INDEX assessment_month_closed_by_fk ON assessment_month(closed_by);
CREATE INDEX assessment_month_contract_id_fk ON assessment_month(contract_id);
CREATE INDEX assessment_month_reopened_by_fk ON assessment_month(reopened_by);
CREATE INDEX assessment_month_scheme_version_id_fk ON assessment_month(scheme_version_id);
CREATE INDEX complaint_recorded_by_fk ON complaint(recorded_by);
CREATE INDEX complaint_template_item_id_fk ON complaint(template_item_id);
CREATE INDEX contract_provider_id_fk ON contract(provider_id);
CREATE INDEX contract_scheme_attached_by_fk ON contract_scheme(attached_by);
CREATE INDEX contract_scheme_scheme_version_id_fk ON contract_scheme(scheme_version_id);
CREATE INDEX exemption_decided_by_fk ON exemption(decided_by);
CREATE INDEX exemption_requested_by_fk ON exemption(requested_by);
CREATE INDEX exemption_template_item_id_fk ON exemption(template_item_id);
CREATE INDEX inspection_place_id_fk ON inspection(place_id);
CREATE INDEX inspection_supersedes_id_fk ON inspection(supersedes_id);
CREATE INDEX inspection_template_version_id_fk ON inspection(template_version_id);
CREATE INDEX inspection_plan_created_by_fk ON inspection_plan(created_by);
CREATE INDEX inspection_plan_place_id_fk ON inspection_plan(place_id);
CREATE INDEX inspection_plan_provider_id_fk ON inspection_plan(provider_id);
CREATE INDEX item_result_place_id_fk ON item_result(place_id);
CREATE INDEX item_result_template_item_id_fk ON item_result(template_item_id);
CREATE INDEX person_organisation_id_fk ON person(organisation_id);
CREATE INDEX person_provider_id_fk ON person(provider_id);
CREATE INDEX photo_place_id_fk ON photo(place_id);
CREATE INDEX photo_template_item_id_fk ON photo(template_item_id);
CREATE INDEX place_organisation_id_fk ON place(organisation_id);
CREATE INDEX place_checkin_person_id_fk ON place_checkin(person_id);
CREATE INDEX provider_organisation_id_fk ON provider(organisation_id);
CREATE INDEX rectification_item_place_id_fk ON rectification_item(place_id);
CREATE INDEX rectification_item_template_item_id_fk ON rectification_item(template_item_id);
CREATE INDEX rectification_order_closed_by_fk ON rectification_order(closed_by);
CREATE INDEX rectification_order_raised_by_fk ON rectification_order(raised_by);
CREATE INDEX rectification_order_repeat_of_fk ON rectification_order(repeat_of);
CREATE INDEX rectification_photo_reinspection_id_fk ON rectification_photo(reinspection_id);
CREATE INDEX reinspection_inspector_id_fk ON reinspection(inspector_id);
CREATE INDEX signature_person_id_fk ON signature(person_id);
CREATE INDEX survey_response_entered_by_fk ON survey_response(entered_by);
CREATE INDEX sync_conflict_local_id_fk ON sync_conflict(local_id);
CREATE INDEX template_draft_updated_by_fk ON template_draft(updated_by);
CREATE INDEX template_item_section_id_fk ON template_item(section_id);
CREATE INDEX third_party_score_recorded_by_fk ON third_party_score(recorded_by);
CREATE INDEX trusted_certificate_person_id_fk ON trusted_certificate(person_id);
CREATE INDEX veto_event_recorded_by_fk ON veto_event(recorded_by);
