package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.access.AccessContext;
import com.logicheck.domain.access.AccessPolicy;
import com.logicheck.domain.access.Permission;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.rectification.RectificationOrder;
import com.logicheck.domain.rectification.Reinspection;
import com.logicheck.domain.rectification.Verdict;
import com.logicheck.persistence.ChangeLog;
import com.logicheck.persistence.PhotoStore;
import com.logicheck.persistence.RectificationRepository;
import com.logicheck.persistence.RectificationRepository.EvidencePhoto;
import com.logicheck.persistence.ReferenceRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps of an order as the desk takes them — 报告整改完成 and 复查 with evidence photos, 关闭 — and everything
 * the order's detail shows (its facts in words, re-inspections with their photos, the history). Each step is first
 * tried on the order in memory (same domain rules, same role) so a refused step stores no photo; the repository then
 * decides again inside its transaction. 复查 and 关闭 also ask the policy's separation of duties (四眼原则): not who
 * entered the fix report, not alone who passed the re-inspection.
 */
public final class RectificationSteps {
    private final RectificationRepository orders;
    private final PhotoStore photos;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final SeparationOfDuties duties;

    public RectificationSteps(RectificationRepository orders, PhotoStore photos, ReferenceRepository reference, Clock clock,
                              SeparationOfDuties duties) {
        this.duties = duties;
        this.orders = orders;
        this.photos = photos;
        this.reference = reference;
        this.clock = clock;
    }

    /** A stored evidence photo: the file, its thumbnail, the name it had. */
    public record Evidence(Path file, Path thumbnail, String name, OffsetDateTime addedAt) {
    }

    /** One 复查 in words. */
    public record ReinspectionView(Reinspection reinspection, String inspector, List<Evidence> photos) {
    }

    /** One history line: what happened, when, by whom (the raw detail is JSON). */
    public record HistoryLine(String action, OffsetDateTime at, String actor, String detail) {
    }

    /** Everything the order's detail pane shows. */
    public record OrderDetail(RectificationOrder order, String provider, String place, String raisedBy,
                              String closedBy, List<Evidence> reportPhotos, List<ReinspectionView> reinspections,
                              List<HistoryLine> history) {
    }

    public OrderDetail detail(UUID orderId) {
        RectificationOrder o = order(orderId);
        Map<UUID, String> names = reference.people().stream().collect(Collectors.toMap(Person::id, Person::name));
        Function<UUID, String> name = id -> id == null ? "" : names.getOrDefault(id, "");
        List<EvidencePhoto> all = orders.photos(orderId);
        List<Evidence> report = all.stream().filter(EvidencePhoto::ofReport).map(this::evidence).toList();
        List<ReinspectionView> reinspections = orders.reinspections(orderId).stream()
                .map(r -> new ReinspectionView(r, name.apply(r.inspectorId()), all.stream()
                        .filter(p -> r.id().equals(p.reinspectionId())).map(this::evidence).toList()))
                .toList();
        List<HistoryLine> history = orders.history(orderId).stream()
                .map((ChangeLog.Entry e) -> new HistoryLine(e.action(), e.at(), name.apply(e.actorId()), e.detail()))
                .toList();
        return new OrderDetail(o, reference.provider(o.providerId()).map(Provider::name).orElse(""),
                reference.place(o.placeId()).map(Place::path).orElse(""), name.apply(o.raisedBy()),
                name.apply(o.closedBy()), report, reinspections, history);
    }

    /** 报告整改完成 with photos (files on this computer, copied into the data folder). */
    public RectificationOrder reportFixed(UUID orderId, String note, List<Path> photoFiles, UUID actorId) {
        Person actor = person(actorId);
        order(orderId).reportFixed(note, OffsetDateTime.now(clock), actor.role(), actor.providerId());
        return orders.reportFixed(orderId, note, store(photoFiles), actorId);
    }

    /** 复查 with verdict, note, photos; a failed one needs the new deadline. */
    public RectificationOrder reinspect(UUID orderId, Verdict verdict, String note, LocalDate newDeadline,
                                        List<Path> photoFiles, UUID actorId) {
        Person actor = person(actorId);
        RectificationOrder o = order(orderId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        o.reinspect(new Reinspection(UUID.randomUUID(), orderId, o.round(), actorId, now, verdict, note, List.of(),
                verdict == Verdict.FAILED ? newDeadline : null), actor.role(), now.atZoneSameInstant(clock.getZone()).toLocalDate());
        separate(actor, Permission.REINSPECT_ORDER, reinspecting(orderId));
        return orders.reinspect(orderId, verdict, note, newDeadline, store(photoFiles), actorId);
    }

    /**
     * 关闭 (supervisors, after a passed re-inspection); not by who passed it while another supervisor could
     * (四眼原则, when on).
     */
    public RectificationOrder close(UUID orderId, UUID actorId) {
        Person actor = person(actorId);
        order(orderId).close(actor.role(), actorId, OffsetDateTime.now(clock));
        separate(actor, Permission.CLOSE_ORDER, closing(orderId, actorId));
        return orders.close(orderId, actorId);
    }

    /**
     * What re-inspecting this order touches for the policy ({@link Permission#REINSPECT_ORDER}): who entered its
     * latest 整改完成 report, and whether duties are separated. 复查 asks it; the desk asks the policy with it to
     * disable 复查合格/不合格 and say why.
     */
    public AccessContext reinspecting(UUID orderId) {
        return AccessContext.reinspectingReportOf(reporter(orderId), duties.on());
    }

    /**
     * What {@code actorId} closing this order touches ({@link Permission#CLOSE_ORDER}): who passed its latest
     * re-inspection and whether another supervisor could close it instead. 关闭 asks it; so does the desk.
     */
    public AccessContext closing(UUID orderId, UUID actorId) {
        UUID reinspector = orders.reinspections(orderId).stream().filter(r -> r.verdict() == Verdict.PASSED)
                .reduce((a, b) -> b).map(Reinspection::inspectorId).orElse(null);
        boolean another = reference.people().stream()
                .anyMatch(p -> !p.id().equals(actorId) && p.role().mayActAs(Role.SUPERVISOR));
        return AccessContext.closingReinspectionOf(reinspector, another, duties.on());
    }

    /** Who entered the order's latest 整改完成 report (null: none recorded). */
    private UUID reporter(UUID orderId) {
        return orders.history(orderId).stream().filter(e -> "RECTIFICATION_REPORTED".equals(e.action()))
                .reduce((a, b) -> b).map(ChangeLog.Entry::actorId).orElse(null);
    }

    /** The separation-of-duties row of the one policy, after the order itself allowed the step. */
    private static void separate(Person actor, Permission permission, AccessContext context) {
        AccessPolicy.dutyConflict(actor.id(), permission, context).ifPresent(key -> {
            throw new DomainException(Problem.of(key, actor.name()));
        });
    }

    private List<PhotoStore.StoredImage> store(List<Path> files) {
        return files == null ? List.of() : files.stream().map(photos::store).toList();
    }

    private Evidence evidence(EvidencePhoto p) {
        return new Evidence(photos.file(p.sha256(), p.originalName()), photos.thumbnail(p.sha256()), p.originalName(),
                p.addedAt());
    }

    private RectificationOrder order(UUID orderId) {
        return orders.find(orderId)
                .orElseThrow(() -> new DomainException(Problem.of("problem.rectification.missing", orderId.toString())));
    }

    private Person person(UUID id) {
        return reference.person(id)
                .orElseThrow(() -> new DomainException(Problem.of("problem.person.unknown", String.valueOf(id))));
    }
}
