package com.logicheck.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice and combo boxes: a value's text, "" for none; typed text is never read back. */
public final class ShownAs {
    private ShownAs() {
    }

    /** Shows each value as {@code text} gives it, and nothing for null; {@code fromString} gives null. */
    public static <T> StringConverter<T> text(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
