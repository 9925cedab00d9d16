package com.logicheck.service;

import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.rectification.DeadlinePolicy;
import com.logicheck.domain.rectification.RepeatRule;
import com.logicheck.persistence.SettingsRepository;

/**
 * The organisation's rectification defaults, kept in app_setting: {@code rectification.deadlineDays.<LINE>},
 * {@code rectification.deadlineDays.other} and {@code rectification.repeatWindowDays}. Missing keys use the
 * built-in defaults (维修不过夜: maintenance the same day; security next day; others 3 days; repeats within 30 days).
 */
public final class RectificationSettings {
    public static final String DEADLINE_PREFIX = "rectification.deadlineDays.";
    public static final String OTHER_DAYS = "rectification.deadlineDays.other";
    public static final String REPEAT_WINDOW = "rectification.repeatWindowDays";
    public static final int DEFAULT_REPEAT_WINDOW = 30;
    private final SettingsRepository settings;

    public RectificationSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    public DeadlinePolicy deadlines() {
        DeadlinePolicy defaults = DeadlinePolicy.defaults();
        DeadlinePolicy policy = new DeadlinePolicy(defaults.days(), number(OTHER_DAYS, defaults.otherDays()));
        for (ServiceLine line : ServiceLine.values()) {
            int days = number(DEADLINE_PREFIX + line.name(), defaults.days().getOrDefault(line, -1));
            if (days >= 0) {
                policy = policy.with(line, days);
            }
        }
        return policy;
    }

    public RepeatRule repeatRule() {
        return new RepeatRule(number(REPEAT_WINDOW, DEFAULT_REPEAT_WINDOW));
    }

    public void setDeadlineDays(ServiceLine line, int days) {
        settings.put(DEADLINE_PREFIX + line.name(), Integer.toString(Math.max(0, days)));
    }

    public void setRepeatWindowDays(int days) {
        settings.put(REPEAT_WINDOW, Integer.toString(Math.max(0, days)));
    }

    private int number(String key, int fallback) {
        return settings.get(key).map(String::strip).filter(s -> s.matches("\\d{1,4}")).map(Integer::parseInt)
                .orElse(fallback);
    }
}
