package com.logicheck.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.catalog.RuleData;
import com.logicheck.catalog.TemplateData;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.GradeBand;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The small JSON and text encodings used inside columns (rules, grade bands, quantities, history details). */
final class JsonCodec {
    private static final ObjectMapper MAPPER = Json.plain();

    private JsonCodec() {
    }

    static String rules(List<DeductionRule> rules) {
        return write(rules.stream().map(RuleData::from).toList());
    }

    static List<DeductionRule> rules(String json) {
        return read(json, new TypeReference<List<RuleData>>() { }).stream().map(RuleData::toRule).toList();
    }

    static String gradeBands(GradeBands bands) {
        return write(bands.bands().stream().map(b -> new TemplateData.GradeBandData(b.name(), b.min())).toList());
    }

    static GradeBands gradeBands(String json) {
        return new GradeBands(read(json, new TypeReference<List<TemplateData.GradeBandData>>() { }).stream()
                .map(b -> new GradeBand(b.name(), b.min().setScale(2))).toList());
    }

    static String map(Map<String, ?> values) {
        return write(values);
    }

    /** Quantities as "2,0,1.5": one plain decimal per rule clause. */
    static String quantities(List<BigDecimal> quantities) {
        StringBuilder sb = new StringBuilder();
        for (BigDecimal q : quantities) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(q.toPlainString());
        }
        return sb.toString();
    }

    static List<BigDecimal> quantities(String text) {
        List<BigDecimal> list = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return list;
        }
        for (String part : text.split(",")) {
            list.add(new BigDecimal(part));
        }
        return list;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
