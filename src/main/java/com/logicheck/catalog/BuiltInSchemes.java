package com.logicheck.catalog;

import com.logicheck.domain.assessment.AssessmentScheme;
import java.util.List;

/** The assessment schemes (考核办法) shipped with LogiCheck, listed in {@code schemes/index.txt} on the classpath. */
public final class BuiltInSchemes {
    private final ClasspathFolder folder = new ClasspathFolder("/schemes/");
    private final SchemeFiles files;

    public BuiltInSchemes(SchemeFiles files) {
        this.files = files;
    }

    public List<String> fileNames() {
        return folder.fileNames();
    }

    public List<AssessmentScheme> load() {
        return folder.load(files::read);
    }
}
