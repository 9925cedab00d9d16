package com.logicheck.domain.org;

import java.util.UUID;

/** 服务企业 / 物业公司: the outsourced company being inspected. */
public record Provider(UUID id, String name, String shortName) {
}
