package com.logicheck.domain.assessment;

/** How several scores make one: a plain mean, a mean after dropping the highest and lowest, or weights. */
public enum Combine {
    /** 算术平均. */
    MEAN,
    /** 去掉最高分和最低分后平均. */
    TRIMMED,
    /** 加权平均: each score times its weight (percent), the weights adding up to 100. */
    WEIGHTED
}
