package com.logicheck.ui.common;

/** One entry of a filter box (desk, batch export, plans): its words and its value (null = no filter, "全部"). */
public record Choice<T>(String label, T value) {
    @Override
    public String toString() {
        return label;
    }
}
