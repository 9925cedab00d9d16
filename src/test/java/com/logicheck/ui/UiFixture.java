package com.logicheck.ui;

import com.logicheck.app.AppContext;
import com.logicheck.app.TestContexts;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.GradeBands;
import com.logicheck.domain.template.NaPolicy;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.domain.template.TemplateSection;
import com.logicheck.i18n.Messages;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.suites.MigratedTemplate;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A real data folder for UI tests ({@link AppContext} on a temp dir, real H2 and migrations, log-in passwords hashed
 * cheaply as in every other test: {@link TestContexts}) with a provider, places and a small hand-made sheet whose rules
 * cover every rule type:
 * <pre>
 * 资料管理 20: A1 每天工作记录 5 (每缺一项 1; 延迟 0.2/天), A2 统计报表 4 (未提供报表 2), A3 能耗指标 3 (每超 10% 0.5),
 *             A4 外委维保监管 4 (N/A allowed; 每缺一项 1), A5 操作规程 4 (违反规定 1~3 step 0.5)
 * 现场管理 30: B1 设备巡查 10 (未达要求 2~5 step 1; 每处 1), B2 锅炉房 10 (N/A allowed; 每处 1), B3 安全隐患 10 (每处 3)
 * 服务质量 50: C1 投诉处理 25 (每次投诉 5), C2 满意度 25 (N/A allowed; 扣 1~3)
 * </pre>
 * N/A policy FULL_MARKS, so the sheet scores exactly 100 minus the deductions.
 */
public final class UiFixture implements AutoCloseable {
    public static final String TEMPLATE_TITLE = "测试用工程维修考核表";
    public static final String PROVIDER = "恒通机电工程有限公司";
    public final AppContext context;
    public final Messages messages = Messages.forLanguage("zh");
    public final Provider provider;
    public final Place place;
    public final ChecklistTemplate template;
    public final Person inspector;
    public final QueuedDialogs dialogs = new QueuedDialogs();

    private UiFixture(AppContext context, Provider provider, Place place, ChecklistTemplate template, Person inspector) {
        this.context = context;
        this.provider = provider;
        this.place = place;
        this.template = template;
        this.inspector = inspector;
    }

    /** A fresh data folder with the reference data and the test sheet. */
    public static UiFixture create(Path dir) {
        AppContext context = TestContexts.open(MigratedTemplate.into(dir));
        ReferenceRepository ref = context.core().reference();
        var org = ref.organisation().orElseGet(() -> ref.createOrganisation("示例县人民医院"));
        Provider provider = ref.addProvider(org.id(), PROVIDER, "恒通");
        Place east = ref.addPlace(org.id(), null, PlaceKind.SITE, "东院区");
        Place building = ref.addPlace(org.id(), east, PlaceKind.BUILDING, "住院部1号楼");
        Place floor = ref.addPlace(org.id(), building, PlaceKind.FLOOR, "5层");
        Place ward = ref.addPlace(org.id(), floor, PlaceKind.AREA, "心内科病区");
        Place west = ref.addPlace(org.id(), null, PlaceKind.SITE, "西院区");
        ref.addPlace(org.id(), west, PlaceKind.AREA, "行政楼办公区");
        ChecklistTemplate template = sheet();
        context.core().templates().save(template, false, context.core().templateFiles().contentHash(template));
        return new UiFixture(context, provider, ward, template, context.core().currentUser().get());
    }

    /** The same data folder opened again, as after a restart. */
    public static UiFixture reopen(Path dir) {
        AppContext context = TestContexts.open(MigratedTemplate.into(dir));
        Provider provider = context.core().reference().providers().stream().filter(p -> p.name().equals(PROVIDER)).findFirst()
                .orElseThrow();
        Place place = context.core().reference().places().stream().filter(p -> p.name().equals("心内科病区")).findFirst()
                .orElseThrow();
        return new UiFixture(context, provider, place, context.core().templates().load(sheet().id()), context.core().currentUser().get());
    }

    public UiServices services() {
        return TestWindows.of(this).services();
    }

    /** A draft with every item answered 合格, then finished: ready to sign. */
    public Inspection finishedSheet() {
        Inspection draft = startDraft();
        template.items().forEach(i -> context.inspection().service().answer(draft,
                ItemResult.pass(i.id()), inspector.id()));
        context.inspection().service().finish(context.inspection().service().inspection(draft.id()), inspector.id());
        return context.inspection().service().inspection(draft.id());
    }

    public Inspection startDraft() {
        return startDraft(template);
    }

    public Inspection startDraft(ChecklistTemplate t) {
        return context.inspection().service().start(new InspectionRepository.NewInspection(t.id(), provider.id(),
                place.id(), inspector.id(), InspectionKind.SPOT_CHECK));
    }

    public TemplateItem item(String code) {
        return template.items().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /** Stores a template of {@code n} items in ten sections (for the "opens fast" check). */
    public ChecklistTemplate storeLargeTemplate(int n) {
        List<TemplateSection> sections = new ArrayList<>();
        int perSection = n / 10;
        for (int s = 0; s < 10; s++) {
            List<TemplateItem> items = new ArrayList<>();
            for (int i = 0; i < perSection; i++) {
                String code = (s + 1) + "." + (i + 1);
                items.add(item("big", code, "第" + code + "项考评内容：设备设施台账、维修记录与巡查记录", "1", i % 3 == 0,
                        i % 2 == 0 ? List.of(occ("每缺一项", "0.5"), unit("延迟", "天", "1", "0.2"))
                                : List.of(range("违反规定", "0.5", "1", "0.5"))));
            }
            sections.add(new TemplateSection("第" + (s + 1) + "部分", BigDecimal.valueOf(perSection).setScale(2), items));
        }
        ChecklistTemplate t = new ChecklistTemplate(ChecklistTemplate.versionId("big", 1), "big", 1, "一百项考核表",
                ServiceLine.PROPERTY, "test", BigDecimal.valueOf(n).setScale(2), NaPolicy.RESCALE, GradeBands.DEFAULT, sections);
        context.core().templates().save(t, false, context.core().templateFiles().contentHash(t));
        return t;
    }

    public static ChecklistTemplate sheet() {
        return new ChecklistTemplate(ChecklistTemplate.versionId("ui-test", 1), "ui-test", 1, TEMPLATE_TITLE,
                ServiceLine.MAINTENANCE, "test", d("100"), NaPolicy.FULL_MARKS, GradeBands.DEFAULT, List.of(
                new TemplateSection("资料管理", d("20"), List.of(
                        item("A1", "每天工作记录", "5", false, List.of(occ("每缺一项", "1"), unit("延迟", "天", "1", "0.2"))),
                        item("A2", "统计报表", "4", false, List.of(occ("未提供报表", "2"))),
                        item("A3", "能耗指标", "3", false, List.of(unit("能耗超出基数", "%", "10", "0.5"))),
                        item("A4", "外委维保监管", "4", true, List.of(occ("每缺一项", "1"))),
                        item("A5", "操作规程", "4", false, List.of(range("违反规定", "1", "3", "0.5"))))),
                new TemplateSection("现场管理", d("30"), List.of(
                        item("B1", "设备巡查", "10", false, List.of(range("未达要求", "2", "5", "1"), occ("每处", "1"))),
                        item("B2", "锅炉房", "10", true, List.of(occ("每处", "1"))),
                        item("B3", "安全隐患", "10", false, List.of(occ("每处", "3"))))),
                new TemplateSection("服务质量", d("50"), List.of(
                        item("C1", "投诉处理", "25", false, List.of(occ("每次投诉", "5"))),
                        item("C2", "满意度", "25", true, List.of(range("未达要求", "1", "3", "0.5")))))));
    }

    private static TemplateItem item(String code, String content, String max, boolean na, List<DeductionRule> rules) {
        return item("ui-test", code, content, max, na, rules);
    }

    private static TemplateItem item(String template, String code, String content, String max, boolean na,
                                     List<DeductionRule> rules) {
        return new TemplateItem(ChecklistTemplate.itemId(template, 1, code), code, content, "要求：" + content + "，记录完整（温度不低于70℃）",
                "按规则扣分", d(max), na, "", rules);
    }

    private static DeductionRule occ(String label, String points) {
        return new DeductionRule.PerOccurrence(label, d(points));
    }

    private static DeductionRule unit(String label, String unit, String size, String points) {
        return new DeductionRule.PerUnit(label, unit, d(size), d(points));
    }

    private static DeductionRule range(String label, String min, String max, String step) {
        return new DeductionRule.Range(label, d(min), d(max), d(step));
    }

    public static BigDecimal d(String v) {
        return new BigDecimal(v).setScale(2);
    }

    /** A small real PNG file. */
    public static Path png(Path dir, String name) {
        try {
            BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, 0xff0000);
            Path file = dir.resolve(name);
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file pretending to be a photo. */
    public static Path notAnImage(Path dir) {
        try {
            return Files.writeString(dir.resolve("巡查记录.jpg"), "这不是图片");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
