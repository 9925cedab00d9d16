package com.logicheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.Scores;
import com.logicheck.domain.inspection.BackEntry;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Signature;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.json.Json;
import com.logicheck.pdf.PdfVerifier;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.PlaceCodeRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SignedSheetRepository;
import com.logicheck.scoring.ItemScore;
import com.logicheck.scoring.SectionScore;
import com.logicheck.scoring.SheetScore;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gathers everything about one sheet from the database and turns it into the machine-readable
 * {@link SheetRecord} (JSON). The same code builds the record embedded at signing and the one compared with it later.
 */
public final class SheetRecords {
    private static final ObjectMapper JSON = Json.embedded();
    private final InspectionService inspections;
    private final SignedSheetRepository signed;
    private final ReferenceRepository reference;
    private final PhotoStore photos;
    private final PlaceCodeRepository checkIns;

    public SheetRecords(InspectionService inspections, SignedSheetRepository signed, ReferenceRepository reference,
                        PhotoStore photos, PlaceCodeRepository checkIns) {
        this.checkIns = checkIns;
        this.inspections = inspections;
        this.signed = signed;
        this.reference = reference;
        this.photos = photos;
    }

    /** One sheet with everything printed on it or recorded about it. */
    public record Sheet(Inspection inspection, SignedSheetRepository.SheetState state, ChecklistTemplate template,
                        Map<UUID, ItemResult> results, SheetScore score, List<PhotoStore.PhotoDetail> photos,
                        String organisation, Provider provider, Place place, Person inspector, boolean sealBox,
                        List<CheckIn> checkIns) {
        public Place placeOf(UUID placeId) {
            return placeId == null ? null : placeId.equals(place.id()) ? place : null;
        }
    }

    public Sheet load(UUID inspectionId) {
        Inspection inspection = inspections.inspection(inspectionId);
        var state = signed.state(inspectionId).orElseThrow(
                () -> new DomainException(Problem.of("problem.inspection.missing", inspectionId)));
        ChecklistTemplate template = inspections.template(inspection);
        return new Sheet(inspection, state, template, inspections.results(inspectionId), inspections.score(inspection),
                photos.details(inspectionId),
                reference.organisation().map(ReferenceRepository.Organisation::name).orElse(""),
                reference.provider(inspection.providerId()).orElseThrow(),
                reference.place(inspection.placeId()).orElseThrow(),
                reference.person(inspection.inspectorId()).orElseThrow(), inspections.sealBox(inspection),
                checkIns.checkIns(inspectionId));
    }

    /**
     * One sheet as a screen opens it: the same inspection, template and answers as {@link #load}, but the header
     * names only active providers and places — a deactivated one shows {@link SheetView#UNNAMED}, as the screens
     * always did — where the signed record names them as they are.
     */
    public SheetView view(UUID inspectionId) {
        Inspection inspection = inspections.inspection(inspectionId);
        ChecklistTemplate template = inspections.template(inspection);
        String provider = reference.providers().stream().filter(p -> p.id().equals(inspection.providerId()))
                .map(Provider::name).findFirst().orElse(SheetView.UNNAMED);
        String place = reference.places().stream().filter(p -> p.id().equals(inspection.placeId()))
                .map(Place::path).findFirst().orElse(SheetView.UNNAMED);
        String inspector = reference.person(inspection.inspectorId()).map(Person::name).orElse(SheetView.UNNAMED);
        return new SheetView(inspection, template, inspections.results(inspectionId), provider, place, inspector,
                checkIns.checkIns(inspectionId));
    }

    /** Where a place id points, for notes and captions ("" when unknown). */
    public String placePath(UUID placeId) {
        return placeId == null ? "" : reference.place(placeId).map(Place::path).orElse("");
    }

    /** The record of a sheet as stored. */
    public SheetRecord record(UUID inspectionId) {
        Sheet sheet = load(inspectionId);
        return record(sheet, sheet.state().status().name(), sheet.state().signedAt(), signed.signatures(inspectionId));
    }

    /** The record of {@code sheet} with the given status, signing time and signatures (those about to be stored). */
    public SheetRecord record(Sheet sheet, String status, OffsetDateTime signedAt, List<Signature> signatures) {
        var i = sheet.inspection();
        var s = sheet.state();
        ChecklistTemplate t = sheet.template();
        SheetScore score = sheet.score();
        List<SheetRecord.SectionPart> sections = new ArrayList<>();
        for (SectionScore sec : score.sections()) {
            sections.add(new SheetRecord.SectionPart(sec.title(), plain(sec.subtotal()), plain(sec.deduction()),
                    plain(sec.earned())));
        }
        List<SheetRecord.AnswerPart> answers = new ArrayList<>();
        for (TemplateItem item : t.items().toList()) {
            ItemResult r = sheet.results().get(item.id());
            if (r == null) {
                continue;
            }
            ItemScore is = score.item(item.id());
            answers.add(new SheetRecord.AnswerPart(item.id(), item.code(), r.outcome().name(),
                    r.quantities().stream().map(BigDecimal::toPlainString).toList(), plain(is.deduction()),
                    plain(is.earned()), r.note(), r.placeId()));
        }
        List<SheetRecord.PhotoPart> photoParts = sheet.photos().stream().map(p -> new SheetRecord.PhotoPart(p.id(),
                p.itemId(), p.sha256(), p.originalName(), p.byteSize(), p.width(), p.height(), p.caption(), p.placeId(),
                p.takenAt())).toList();
        List<SheetRecord.SignaturePart> sigs = signatures.stream().map(g -> new SheetRecord.SignaturePart(
                g.role().name(), g.personId(), g.signerName(), g.refusedReason(), g.signedAt(),
                g.imagePng() == null ? null : PdfVerifier.sha256(g.imagePng()), g.imagePng(),
                g.certificateSha256(), g.witness())).toList();
        BigDecimal total = s.score() != null ? s.score() : score.total();
        String grade = s.grade() != null ? s.grade() : score.grade();
        return new SheetRecord(SheetRecord.SCHEMA_VERSION, SheetRecord.FORMAT,
                new SheetRecord.InspectionPart(i.id(), i.revision(), i.supersedesId(), status, i.kind().name(),
                        i.startedAt(), s.finishedAt(), signedAt, s.originDevice(), i.sheetNumber(), backEntryPart(i)),
                new SheetRecord.TemplatePart(t.id(), t.code(), t.version(), t.title(), t.serviceLine().name(),
                        plain(t.totalScore()), t.naPolicy().name()),
                sheet.organisation(),
                new SheetRecord.ProviderPart(sheet.provider().id(), sheet.provider().name(), sheet.provider().shortName()),
                new SheetRecord.PlacePart(sheet.place().id(), sheet.place().path()),
                new SheetRecord.PersonPart(sheet.inspector().id(), sheet.inspector().name()),
                new SheetRecord.ScorePart(plain(total), plain(score.totalScore()), grade, score.itemCount(),
                        score.deducted(), score.notApplicable()),
                sections, answers, photoParts, sigs, checkInParts(sheet));
    }

    /** 补录: who typed the sheet in and when; null (no such part) for a sheet filled in the app. */
    private SheetRecord.BackEntryPart backEntryPart(Inspection i) {
        if (!i.backEntered()) {
            return null;
        }
        BackEntry b = i.backEntry();
        return new SheetRecord.BackEntryPart(b.enteredBy(), reference.person(b.enteredBy()).map(Person::name).orElse(""),
                b.enteredAt(), b.timeKnown());
    }

    /** The sheet's check-ins as the record carries them (issue 16); empty: the record has no such part. */
    private List<SheetRecord.CheckInPart> checkInParts(Sheet sheet) {
        return sheet.checkIns().stream().map(c -> new SheetRecord.CheckInPart(c.id(), c.placeId(),
                reference.place(c.placeId()).map(Place::path).orElse(""), c.personId(),
                reference.person(c.personId()).map(Person::name).orElse(""), c.at(), c.how().name(), c.code(),
                c.generation())).toList();
    }

    private static String plain(BigDecimal value) {
        return Scores.normalise(value).toPlainString();
    }

    public static byte[] json(SheetRecord record) {
        try {
            return JSON.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SheetRecord parse(byte[] json) {
        try {
            return JSON.readValue(json, SheetRecord.class);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.record.unreadable", e.getMessage()));
        }
    }

    /** The JSON as a tree, for comparing records whatever their formatting. */
    public static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.record.unreadable", e.getMessage()));
        }
    }
}
