package com.logicheck.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.TrustRepository;
import com.logicheck.service.DemoPhotos;
import com.logicheck.service.SeparationOfDuties;
import com.logicheck.service.SheetRecords;
import com.logicheck.service.SignedSheetFixture;
import com.logicheck.service.SigningService;
import com.logicheck.suites.TestStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/** One inspector's laptop: its own data folder, organisation, places, provider and signing key. */
final class Laptop implements AutoCloseable {
    static final String ORGANISATION = "示例县人民医院";
    static final char[] PASSWORD = "sync-测试-2026".toCharArray();
    final AppContext context;
    final Person inspector;
    final Place ward;
    final Provider provider;
    private final Path scratch;
    private final Random random;

    Laptop(Path dir, String inspectorName, String wardName, int seed) {
        this(dir, inspectorName, wardName, seed, TestStore.H2);
    }

    /** The same laptop with its database where {@code store} keeps it (ADR 0038). */
    Laptop(Path dir, String inspectorName, String wardName, int seed, TestStore store) {
        this.context = store.openWithTestPasswords(dir.resolve("data"));
        this.scratch = dir.resolve("scratch");
        this.random = new Random(seed);
        var org = context.core().reference().organisation().orElseGet(() -> context.core().reference().createOrganisation(ORGANISATION));
        inspector = context.core().reference().addPerson(org.id(), inspectorName, Role.INSPECTOR, null);
        context.core().currentUser().switchTo(inspector);
        Place site = context.core().reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
        ward = context.core().reference().addPlace(org.id(), site, PlaceKind.AREA, wardName);
        provider = context.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
    }

    /** A finished, signed 环境卫生 sheet: every second item deducted with a note, {@code photos} photos. */
    UUID signSheet(int photos) {
        UUID templateId = context.core().templates().latest().stream().filter(t -> t.code().equals("hospital-environment"))
                .findFirst().orElseThrow().versionId();
        Inspection sheet = context.inspection().service().start(new InspectionRepository.NewInspection(templateId,
                provider.id(), ward.id(), inspector.id(), InspectionKind.FULL));
        List<TemplateItem> items = context.inspection().service().template(sheet).items().toList();
        int photosLeft = photos;
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = items.get(i);
            ItemResult r = (i + random.nextInt(3)) % 3 == 0
                    ? ItemResult.deduct(item.id(), quantities(item)).withNote("发现问题 " + random.nextInt(1000)).withPlace(ward.id())
                    : ItemResult.pass(item.id());
            context.inspection().service().answer(sheet, r, inspector.id());
            if (photosLeft > 0 && r.outcome() == Outcome.DEDUCT) {
                context.core().photos().attach(sheet.id(), item.id(), new DemoPhotos(scratch).make(random), ward.id(), inspector.id());
                photosLeft--;
            }
        }
        context.inspection().service().finish(sheet, inspector.id());
        return sign(sheet.id());
    }

    /** Revises a signed sheet and signs the revision (answers as they were). */
    UUID revise(UUID signed) {
        Inspection revision = context.inspection().signing().revise(signed, "更正漏记的扣分", inspector.id());
        if (!revision.draftOwner().equals(inspector.id())) {
            // another laptop's 检查人's sheet: with 四眼原则 on only they fill its correction (EDIT_DRAFT); these tests
            // are about competing revisions, so this organisation lets any inspector correct (the setting off)
            context.core().settings().put(SeparationOfDuties.KEY, "false");
        }
        context.inspection().service().finish(revision, inspector.id());
        return sign(revision.id());
    }

    private UUID sign(UUID id) {
        context.inspection().signing().sign(id, new SigningService.SignRequest(
                SignedSheetFixture.signaturePng(inspector.name(), 1), SignedSheetFixture.inspectee(), null), PASSWORD, inspector.id());
        return id;
    }

    /** Trusts every certificate the other laptop trusts (a supervisor adding colleagues on purpose). */
    void trustEveryoneOf(Laptop other) {
        for (TrustRepository.TrustedCertificate c : other.context.core().trust().all()) {
            context.core().trust().add(c.sha256(), c.subject(), c.signerName(), c.certificate(), null, inspector.id());
        }
    }

    /** Every signed or superseded sheet as its record (JSON tree), by id. */
    Map<UUID, JsonNode> sheets() {
        return sheets(context);
    }

    static Map<UUID, JsonNode> sheets(AppContext context) {
        Map<UUID, JsonNode> all = new TreeMap<>();
        for (var e : context.sync().repository().exportable()) {
            all.put(e.id(), SheetRecords.tree(SheetRecords.json(context.inspection().records().record(e.id()))));
        }
        return all;
    }

    private static List<BigDecimal> quantities(TemplateItem item) {
        List<BigDecimal> q = new ArrayList<>();
        for (DeductionRule rule : item.rules()) {
            if (rule instanceof DeductionRule.Range r) {
                q.add(r.min());
            } else if (rule instanceof DeductionRule.PerUnit u) {
                q.add(u.unitSize());
            } else {
                q.add(BigDecimal.ONE);
            }
        }
        return q;
    }

    @Override
    public void close() {
        context.close();
    }
}
