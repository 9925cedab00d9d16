package com.logicheck.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
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
                                List<TemplateRow> templates, List<SchemeRow> schemes,
                                @JsonInclude(JsonInclude.Include.NON_NULL) PlaceCodeKey placeCodeKey) {
    private static final ObjectMapper CANONICAL = Json.canonical();

    /** A snapshot without the organisation's place-code key (packages written before issue 16 carried none). */
    public ReferenceSnapshot(String organisation, List<PlaceRow> places, List<ProviderRow> providers,
                             List<PersonRow> people, List<ContractRow> contracts, List<SchemeLinkRow> schemeLinks,
                             List<TemplateRow> templates, List<SchemeRow> schemes) {
        this(organisation, places, providers, people, contracts, schemeLinks, templates, schemes, null);
    }

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

    /**
     * A place; {@code labelGeneration} is the generation of its current label (ADR 0042), carried only when a label was
     * reprinted (null means 1), so a place that never was hashes as it did before issue 16.
     */
    public record PlaceRow(UUID id, UUID parentId, String kind, String name, String path, int sortOrder,
                           boolean active, @JsonInclude(JsonInclude.Include.NON_NULL) Integer labelGeneration)
            implements Row {
        public PlaceRow {
            labelGeneration = labelGeneration == null || labelGeneration <= 1 ? null : labelGeneration;
        }

        public PlaceRow(UUID id, UUID parentId, String kind, String name, String path, int sortOrder, boolean active) {
            this(id, parentId, kind, name, path, sortOrder, active, null);
        }

        /** The label generation, 1 when none was carried. */
        public int generation() {
            return labelGeneration == null ? 1 : labelGeneration;
        }

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

    /**
     * The organisation's place-code key (ADR 0042): the organisation id its codes name (the laptop that made it) and
     * the secret in Base64. Travels in the signed package so every laptop of the organisation checks the same codes.
     */
    public record PlaceCodeKey(UUID organisation, String secret) {
        /** What a person may see of the key in a conflict: the organisation its codes name and a fingerprint. */
        public String shown() {
            return "{\"organisation\":\"" + organisation + "\",\"fingerprint\":\"" + fingerprint() + "\"}";
        }

        /** The first 16 hex digits of the secret's SHA-256, in groups of four. */
        public String fingerprint() {
            String hex = Sha256.hex(secret == null ? "" : secret);
            return hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " " + hex.substring(12, 16);
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
