package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.inspection.CheckIn;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.org.PlaceCode;
import com.logicheck.domain.org.PlaceCode.Accepted;
import com.logicheck.domain.org.PlaceCode.How;
import com.logicheck.domain.org.PlaceCode.PlaceState;
import com.logicheck.domain.org.PlacePath;
import com.logicheck.files.AtomicFile;
import com.logicheck.i18n.Messages;
import com.logicheck.pdf.CjkFont;
import com.logicheck.pdf.LabelSheetPdfWriter;
import com.logicheck.pdf.LabelSheetPdfWriter.Label;
import com.logicheck.persistence.PlaceCodeRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.ReferenceRepository.Organisation;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 点位码 (issue 16, ADR 0042): label sheets for a place, a subtree or every place; reprinting a lost label (the old
 * code stops counting); reading a scanned or typed code; recording a check-in on a draft sheet.
 */
public final class PlaceCodes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final PlaceCodeRepository codes;
    private final ReferenceRepository reference;
    private final InspectionService inspections;
    private final LabelSheetPdfWriter writer;
    private final Messages messages;
    private final UseCases useCases;
    private final Clock clock;

    public PlaceCodes(PlaceCodeRepository codes, ReferenceRepository reference, InspectionService inspections, CjkFont font,
                      Messages messages, UseCases useCases, Clock clock) {
        this.codes = codes;
        this.reference = reference;
        this.inspections = inspections;
        this.writer = new LabelSheetPdfWriter(font);
        this.messages = messages;
        this.useCases = useCases;
        this.clock = clock;
    }

    /** A label sheet and how many labels it holds. */
    public record LabelSheet(byte[] pdf, int count) {
    }

    /**
     * The labels of every place in use at or under {@code under} (a path, a name that names one place, or null for
     * all). Makes the organisation's place-code key on first use; needs the right to edit reference data.
     */
    public LabelSheet labels(UUID actorId, String under) {
        return useCases.call(actorId, Permission.EDIT_REFERENCE_DATA, actor -> {
            Organisation org = organisation();
            byte[] key = key(org);
            List<PlaceState> chosen = chosen(codes.places(org.id()), under);
            return new LabelSheet(print(org, key, chosen), chosen.size());
        });
    }

    /** A new label for a place whose label was lost: its generation goes up, so the old label's code is refused. */
    public LabelSheet reprint(UUID actorId, UUID placeId) {
        return useCases.call(actorId, Permission.EDIT_REFERENCE_DATA, actor -> reprinted(placeId, false));
    }

    /**
     * 补打标签 from the screen: new labels for the place and every place in use under it, written to {@code target}
     * (a PDF); every old label of them stops counting, in the same unit of work. Nothing changes if the file cannot be
     * written.
     */
    public LabelSheet reprintTo(UUID actorId, UUID placeId, Path target) {
        return useCases.call(actorId, Permission.EDIT_REFERENCE_DATA, actor -> {
            LabelSheet sheet = reprinted(placeId, true);
            try {
                AtomicFile.write(target, sheet.pdf(), AtomicFile.Readers.SHARED);
            } catch (RuntimeException e) {
                throw new DomainException(Problem.of("problem.export.notWritable", target.toString()));
            }
            return sheet;
        });
    }

    private LabelSheet reprinted(UUID placeId, boolean withSubtree) {
        Organisation org = organisation();
        byte[] key = key(org);
        PlaceState place = codes.place(placeId).filter(p -> p.organisationId().equals(org.id()) && p.active())
                .orElseThrow(() -> new DomainException(Problem.of("problem.placeCode.noPlaces")));
        List<PlaceState> chosen = withSubtree ? subtree(codes.places(org.id()), place.id()) : List.of(place);
        List<PlaceState> next = chosen.stream().map(p -> new PlaceState(p.id(), p.organisationId(),
                codes.nextGeneration(p.id()), true, p.path())).toList();
        return new LabelSheet(print(org, key, next), next.size());
    }

    private static List<PlaceState> subtree(List<PlaceState> places, UUID placeId) {
        PlaceState root = places.stream().filter(p -> p.id().equals(placeId) && p.active()).findFirst()
                .orElseThrow(() -> new DomainException(Problem.of("problem.placeCode.noPlaces")));
        return places.stream().filter(PlaceState::active).filter(p -> p.id().equals(root.id())
                || p.path().startsWith(PlacePath.below(root.path()))).toList();
    }

    /** Reads a scanned label code ({@link How#SCANNED}) or a typed short code ({@link How#TYPED}); refused with why. */
    public Accepted read(String text, How how) {
        return useCases.inTransaction(() -> {
            Organisation org = organisation();
            byte[] key = codes.key(org.id()).orElse(null);
            UUID codeOrganisation = codes.codeOrganisation(org.id());
            if (how == How.SCANNED) {
                return PlaceCode.verifyToken(text, codeOrganisation, key, codes::place);
            }
            return PlaceCode.verifyShort(text, codeOrganisation, key, codes.places(org.id()));
        });
    }

    /** The path of a place, for messages (empty when unknown). */
    public String path(UUID placeId) {
        return useCases.inTransaction(() -> codes.place(placeId).map(PlaceState::path).orElse(""));
    }

    /**
     * Records a check-in on a draft sheet. A code of another place than the sheet's is refused unless
     * {@code otherPlaceConfirmed} (the screen asked first); a finished or signed sheet takes none.
     */
    public CheckIn checkIn(UUID actorId, UUID sheetId, Accepted code, boolean otherPlaceConfirmed) {
        return inspections.withLifecycle(sheetId, sheet -> {
            sheet.requireEditable();
            Inspection inspection = inspections.inspection(sheetId);
            if (!inspection.placeId().equals(code.placeId()) && !otherPlaceConfirmed) {
                throw new DomainException(Problem.of("problem.checkin.otherPlace", path(code.placeId()),
                        path(inspection.placeId())));
            }
            CheckIn c = new CheckIn(UUID.randomUUID(), code.placeId(), actorId, OffsetDateTime.now(clock), code.how(),
                    code.code(), code.generation());
            codes.addCheckIn(sheetId, c);
            return c;
        });
    }

    /** The user's draft at a place, newest first (a scan on 首页 resumes it). */
    public Optional<UUID> draftAt(UUID actorId, UUID placeId) {
        return useCases.inTransaction(() -> codes.draftAt(actorId, placeId));
    }

    /** The place a sheet is about. */
    public UUID placeOf(UUID sheetId) {
        return useCases.inTransaction(() -> codes.placeOf(sheetId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.inspection.missing", sheetId))));
    }

    public List<CheckIn> checkIns(UUID sheetId) {
        return useCases.inTransaction(() -> codes.checkIns(sheetId));
    }

    private Organisation organisation() {
        return reference.organisation().orElseThrow(() -> new DomainException(Problem.of("problem.placeCode.noKey")));
    }

    private byte[] key(Organisation org) {
        return codes.key(org.id()).orElseGet(() -> {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            return codes.keepKey(org.id(), secret);
        });
    }

    private byte[] print(Organisation org, byte[] key, List<PlaceState> places) {
        if (places.isEmpty()) {
            throw new DomainException(Problem.of("problem.placeCode.noPlaces"));
        }
        UUID codeOrganisation = codes.codeOrganisation(org.id());
        List<Label> labels = places.stream().map(p -> new Label(name(p.path()), p.path(),
                PlaceCode.token(key, codeOrganisation, p.id(), p.generation()),
                PlaceCode.shortCode(key, codeOrganisation, p.id(), p.generation()))).toList();
        return writer.write(messages.get("placeCode.label.title") + " · " + org.name(), labels);
    }

    static List<PlaceState> chosen(List<PlaceState> places, String under) {
        List<PlaceState> active = places.stream().filter(PlaceState::active).toList();
        if (under == null || under.isBlank()) {
            return active;
        }
        String t = under.strip();
        List<PlaceState> roots = active.stream().filter(p -> p.path().equals(t)).toList();
        if (roots.isEmpty()) {
            roots = active.stream().filter(p -> name(p.path()).equals(t)).toList();
        }
        if (roots.size() != 1) {
            throw new DomainException(Problem.of(roots.isEmpty() ? "problem.cli.noPlace" : "problem.cli.ambiguousPlace", t));
        }
        String root = roots.get(0).path();
        return active.stream().filter(p -> p.path().equals(root) || p.path().startsWith(PlacePath.below(root))).toList();
    }

    private static String name(String path) {
        int at = path.lastIndexOf(PlacePath.SEPARATOR);
        return at < 0 ? path : path.substring(at + PlacePath.SEPARATOR.length());
    }
}
