package com.logicheck.i18n;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The user-facing strings: Simplified Chinese first, English second. Never falls back to the JVM's
 * default locale, so a Chinese UI stays Chinese on an English system.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Map<String, String> GRADES = Map.of("优秀", "EXCELLENT", "良好", "GOOD", "中等", "FAIR",
            "合格", "PASS", "及格", "PASS_MARK", "基本合格", "BASIC_PASS", "不合格", "FAIL", "不及格", "FAIL_MARK");
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages(language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** An argument that is itself a {@link Problem} (or a list of them) is translated too, a list joined. */
    public String problem(Problem problem) {
        return get(problem.key(), problem.args().stream().map(this::argument).toArray());
    }

    private Object argument(Object arg) {
        if (arg instanceof Problem p) {
            return problem(p);
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(a -> String.valueOf(argument(a))).collect(Collectors.joining(get("list.separator")));
        }
        return arg;
    }

    /** Joins the items of a list the language's way: 「甲、乙」 in Chinese, "a, b" in English. */
    public Collector<CharSequence, ?, String> joining() {
        return Collectors.joining(get("list.separator"));
    }

    /**
     * A grade as the user reads it: the schemes name their grades in Chinese (优秀, 良好…), stored and printed as
     * named; the English UI shows an English label for the names it knows, any other name as it is. Null stays null.
     */
    public String grade(String name) {
        String code = name == null ? null : GRADES.get(name.strip());
        return code == null ? name : get("grade." + code);
    }

    public String problems(DomainException e) {
        return e.problems().stream().map(this::problem).collect(Collectors.joining("\n"));
    }

    public String label(Enum<?> value) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
