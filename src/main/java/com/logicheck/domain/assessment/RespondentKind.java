package com.logicheck.domain.assessment;

/** Who answered a satisfaction survey: 教职工代表, 学生代表, or anyone else (患者, 职工 …). */
public enum RespondentKind {
    STAFF, STUDENT, OTHER
}
