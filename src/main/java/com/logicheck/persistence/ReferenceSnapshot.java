package com.logicheck.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.catalog.SchemeData;
import com.logicheck.catalog.TemplateData;
import com.logicheck.files.Sha256;
import com.logicheck.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 基础数据: the reference data one laptop hands to another — places (the tree), providers, people (never logins or
 * password hashes), contracts with their scheme links, template versions and assessment scheme versions — as plain
 * rows that travel as JSON inside a signed package (ADR 0019). Decimals are carried as normalised strings, so a row
 * hashes the same on every laptop ({@link #hash}).
 */
public record ReferenceSnapshot(String organisation, List<PlaceRow> places, List<ProviderRow> providers,
                                List<PersonRow> people, List<ContractRow> contracts, List<SchemeLinkRow> schemeLinks,
                                List<TemplateRow> templates, List<SchemeRow> schemes) {
    private static final ObjectMapper CANONICAL = Json.canonical();

    public ReferenceSnapshot {
        places = list(places);
        providers = list(providers);
        people = list(people);
        contracts = list(contracts);
        schemeLinks = list(schemeLinks);
        templates = list(templates);
        schemes = list(schemes);
    }

    /** A mutable row: merged three-way against its base (what this laptop last received). */
    public sealed interface Row permits PlaceRow, ProviderRow, PersonRow, ContractRow, SchemeLinkRow {
        UUID id();

        /** What a person reads in a conflict list: the place's path, the provider's or person's name … */
        String label();
    }

    public record PlaceRow(UUID id, UUID parentId, String kind, String name, String path, int sortOrder,
                           boolean active) implements Row {
        @Override
        public String label() {
            return path;
        }
    }

    public record ProviderRow(UUID id, String name, String shortName, boolean active) implements Row {
        @Override
        public String label() {
            return name;
        }
    }

    public record PersonRow(UUID id, String name, String role, UUID providerId, String phone, boolean active)
            implements Row {
        @Override
        public String label() {
            return name;
        }
    }

    public record ContractRow(UUID id, UUID providerId, String title, String serviceLines, String monthlyFee,
                              String performanceBond, LocalDate startsOn, LocalDate endsOn) implements Row {
        @Override
        public String label() {
            return title;
        }
    }

    public record SchemeLinkRow(UUID id, UUID contractId, UUID schemeVersionId, LocalDate fromMonth) implements Row {
        @Override
        public String label() {
            return fromMonth == null ? "" : fromMonth.toString().substring(0, 7);
        }
    }

    /** An immutable template version (its data-file form); ids derive from code and version (ADR 0005). */
    public record TemplateRow(UUID versionId, boolean builtIn, TemplateData data) {
    }

    /** An immutable assessment scheme version (its data-file form). */
    public record SchemeRow(UUID versionId, boolean builtIn, SchemeData data) {
    }

    /** The canonical JSON of a value (sorted keys), as bytes. */
    public static byte[] canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a row's canonical JSON: equal rows hash equal on every laptop. */
    public static String hash(Object row) {
        return Sha256.hex(canonicalJson(row));
    }

    /** A decimal as the same string whatever its scale (1000, 1000.0 and 1000.00 are "1000"). */
    public static String decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The entity name of a row, as stored in {@code reference_base} and {@code reference_conflict}. */
    public static String entity(Row row) {
        if (row instanceof PlaceRow) {
            return "place";
        }
        if (row instanceof ProviderRow) {
            return "provider";
        }
        if (row instanceof PersonRow) {
            return "person";
        }
        return row instanceof ContractRow ? "contract" : "contract_scheme";
    }

    private static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }
}
