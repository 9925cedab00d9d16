package com.logicheck.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.rectification.OrderItem;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.RectificationRoles;
import com.logicheck.i18n.Messages;
import com.logicheck.json.Json;
import com.logicheck.pdf.NoticePdfWriter;
import com.logicheck.pdf.NoticePrint;
import com.logicheck.pdf.PdfSigner;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.pdf.SignedFileWriter;
import com.logicheck.pdf.UserKeyStore;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TrustRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The printable 整改通知单 of an order: its facts resolved to text in the user's language and written as a
 * PDF/A-3b with the order's JSON record embedded — and {@link #sign signed} with the issuer's key by the same
 * machinery as a score sheet (PAdES B, ADR 0007, ADR 0018), stored as {@code signed/notices/<order>-<round>.pdf}.
 */
public final class RectificationNotices {
    /** The embedded record's format; {@code order} in it is the order exactly as stored. */
    public static final String FORMAT = "logicheck-rectification-order/1";
    static final ObjectMapper JSON = Json.embedded();
    private final RectificationService rectification;
    private final ReferenceRepository reference;
    private final NoticePdfWriter writer;
    private final Messages messages;
    private final PdfSigner signer;
    private final SigningFiles files;
    private final TrustRepository trust;
    private final Clock clock;

    public RectificationNotices(RectificationService rectification, ReferenceRepository reference,
                                NoticePdfWriter writer, Messages messages, PdfSigner signer, SigningFiles files,
                                TrustRepository trust, Clock clock) {
        this.rectification = rectification;
        this.reference = reference;
        this.writer = writer;
        this.messages = messages;
        this.signer = signer;
        this.files = files;
        this.trust = trust;
        this.clock = clock;
    }

    /** A signed notice as stored in the data folder. */
    public record SignedNotice(UUID orderId, int round, Path pdf, String sha256, OffsetDateTime signedAt) {
    }

    /** The unsigned print (for a quick look; what goes to the provider is {@link #sign}). */
    public byte[] pdf(UUID orderId) {
        return writer.write(print(order(orderId), null, null));
    }

    public NoticePrint print(UUID orderId) {
        return print(order(orderId), null, null);
    }

    /**
     * Signs the order's notice with {@code actorId}'s key (created on first use with {@code password}, like a
     * sheet's): only inspectors and supervisors issue notices. Everything that can be refused is checked before
     * anything is written; the file appears complete or not at all.
     */
    public SignedNotice sign(UUID orderId, char[] password, UUID actorId) {
        return sign(orderId, password, actorId, pdf -> { });
    }

    /**
     * {@link #sign(UUID, char[], UUID)}, handing the signed PDF to {@code deliver} (e.g. writing the user's copy)
     * after it is written to the data folder but before the order records it: when {@code deliver} fails (a full
     * disk), the order and the stored notice stay exactly as they were (ADR 0028).
     */
    public SignedNotice sign(UUID orderId, char[] password, UUID actorId, Consumer<byte[]> deliver) {
        Person issuer = reference.person(actorId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(actorId))));
        if (!RectificationRoles.mayIssue(issuer.role())) {
            throw new DomainException(Problem.of("problem.rectification.notIssuer", issuer.name()));
        }
        RectificationOrder o = order(orderId);
        String organisation = reference.organisation().map(ReferenceRepository.Organisation::name).orElse("");
        UserKeyStore.SigningKey key = files.key(issuer.id(), password, issuer.name(), organisation, clock);
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        byte[] unsigned = writer.write(print(o, issuer.name(), at));
        SignedFileWriter.Signature says = new SignedFileWriter.Signature(signer, key, new PdfSigner.SignatureInfo(
                issuer.name(), organisation,
                messages.get("pdf.notice.signatureReason", o.id().toString().substring(0, 8)), at));
        Path target = files.noticePdf(o.id(), o.round());
        String sha;
        try (SignedFileWriter.Staged file = SigningService.stage(unsigned, says, target)) {
            sha = file.sha256();
            deliver.accept(file.pdf());
            rectification.orders().noticeSigned(o.id(), sha, o.round(), issuer.id());
            SigningService.publish(file);
        }
        trust.add(key.fingerprint(), key.subject(), issuer.name(), key.certificateDer(), issuer.id(), issuer.id());
        return new SignedNotice(o.id(), o.round(), target, sha, at);
    }

    /** The signed notice of the order's current deadline round, if one was signed. */
    public Optional<Path> signedNotice(UUID orderId) {
        return rectification.orders().find(orderId).map(o -> files.noticePdf(o.id(), o.round())).filter(Files::exists);
    }

    /**
     * 打印: the signed notice of the order's current round exactly as it was signed, for the printer; refused when none
     * was signed for this round, or its file is missing or no longer the one signed (the SHA-256 the history recorded
     * at signing) — the same checks as printing a signed sheet.
     */
    public byte[] signedNoticeForPrinting(UUID orderId) {
        RectificationOrder o = order(orderId);
        String number = o.id().toString().substring(0, 8);
        String recorded = rectification.orders().history(orderId).stream()
                .filter(e -> "NOTICE_SIGNED".equals(e.action())).map(e -> detail(e.detail()))
                .filter(d -> d.path("round").asInt() == o.round()).reduce((a, b) -> b)
                .map(d -> d.path("sha256").asText(""))
                .orElseThrow(() -> new DomainException(Problem.of("problem.notice.notSigned", number)));
        Path file = files.noticePdf(o.id(), o.round());
        byte[] pdf;
        try {
            pdf = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.notice.pdfMissing", number, file.toString()));
        }
        if (!recorded.equals(PdfVerifier.sha256(pdf))) {
            throw new DomainException(Problem.of("problem.notice.pdfDamaged", number, file.toString()));
        }
        return pdf;
    }

    private static JsonNode detail(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private RectificationOrder order(UUID orderId) {
        return rectification.orders().find(orderId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.rectification.missing", orderId.toString())));
    }

    private NoticePrint print(RectificationOrder o, String signedBy, OffsetDateTime signedAt) {
        String provider = reference.provider(o.providerId()).map(Provider::name).orElse("");
        String place = reference.place(o.placeId()).map(Place::path).orElse("");
        String raisedBy = reference.person(o.raisedBy()).map(Person::name).orElse("");
        List<NoticePrint.Field> fields = new ArrayList<>();
        reference.organisation().map(ReferenceRepository.Organisation::name).filter(n -> !n.isBlank())
                .ifPresent(n -> fields.add(field("pdf.notice.organisation", n)));
        fields.add(field("pdf.notice.provider", provider));
        fields.add(field("pdf.notice.place", place));
        fields.add(field("pdf.notice.serviceLine", messages.label(o.serviceLine())));
        fields.add(field("pdf.notice.inspectedOn", o.inspectedOn().toString()));
        fields.add(field("pdf.notice.responsible", o.plan().responsiblePerson() + "（" + messages.label(o.level()) + "）"));
        fields.add(field("pdf.notice.deadline", o.deadline().toString()
                + (o.round() > 1 ? messages.get("pdf.notice.round", o.round()) : "")));
        if (o.repeated()) {
            fields.add(field("pdf.notice.repeat", messages.get("pdf.notice.repeatText", o.repeatOf().toString().substring(0, 8),
                    messages.label(o.level()))));
        }
        fields.add(field("pdf.notice.standard", o.plan().requiredStandard()));
        fields.add(field("pdf.notice.causes", o.plan().causes().stream().sorted().map(messages::label)
                .collect(Collectors.joining("、")) + (o.plan().causeNote().isEmpty() ? "" : "：" + o.plan().causeNote())));
        fields.add(field("pdf.notice.steps", o.plan().steps()));
        List<String> items = o.items().stream().map(i -> messages.get("pdf.notice.item", i.itemCode(), i.content(),
                i.deduction().toPlainString(), i.note())).toList();
        String title = messages.get("pdf.notice.title");
        return new NoticePrint(title, o.id(), provider, place, o.raisedAt(), raisedBy, fields, items,
                record(o, provider, place, signedBy, signedAt), "rectification-" + o.id() + ".json", signedBy, signedAt);
    }

    private NoticePrint.Field field(String key, String value) {
        return new NoticePrint.Field(messages.get(key), value == null ? "" : value);
    }

    private static byte[] record(RectificationOrder o, String provider, String place, String signedBy,
                                 OffsetDateTime signedAt) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("format", FORMAT);
        r.put("order", o);
        r.put("provider", provider);
        r.put("place", place);
        r.put("items", o.items().stream().map(OrderItem::itemCode).toList());
        if (signedBy != null) {
            r.put("signedBy", signedBy);
            r.put("signedAt", signedAt);
        }
        try {
            return JSON.writeValueAsBytes(r);
        } catch (JsonProcessingException e) {
            throw new DomainException(Problem.of("problem.pdf.write", e.getMessage()));
        }
    }

    /** The order as the embedded record writes it, for comparing a file's record with the stored order. */
    public static JsonNode orderTree(RectificationOrder o) {
        return JSON.valueToTree(o);
    }
}
