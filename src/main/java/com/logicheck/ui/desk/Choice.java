package com.logicheck.ui.desk;

/** One entry of a filter box: its words and its value (null = no filter, "全部"). */
public record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
