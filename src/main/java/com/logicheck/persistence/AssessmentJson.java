package com.logicheck.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.logicheck.domain.assessment.MonthlyAssessment;

/**
 * The frozen form of a closed month: the whole {@link MonthlyAssessment} as JSON, read back exactly (decimals keep
 * their scale). Fields a later version adds read as null from an older row; fields it drops are ignored.
 */
final class AssessmentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AssessmentJson() {
    }

    static String write(MonthlyAssessment assessment) {
        try {
            return MAPPER.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MonthlyAssessment read(String json) {
        try {
            return MAPPER.readValue(json, MonthlyAssessment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt frozen assessment: " + e.getOriginalMessage(), e);
        }
    }
}
