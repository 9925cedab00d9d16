package com.logicheck.domain.org;

/**
 * A place's readable full name (地点路径), e.g. {@code 东院区 / 3号楼 / 5层 / 心内科病区}: the names from the top of the
 * tree down, joined by {@value #SEPARATOR}. Stored with every place, so "this place and everything under it" is
 * the place's own path and every path that starts with it and the separator. Written once here because the
 * wizard, the editor, the importers, the plans and the desk must all agree on it.
 */
public final class PlacePath {
    public static final String SEPARATOR = " / ";

    private PlacePath() {
    }

    /** The path of a place named {@code name} under {@code parentPath} (null: a top-level place). */
    public static String child(String parentPath, String name) {
        return parentPath == null ? name : parentPath + SEPARATOR + name;
    }

    /** What every path strictly below {@code path} starts with. */
    public static String below(String path) {
        return path + SEPARATOR;
    }
}
