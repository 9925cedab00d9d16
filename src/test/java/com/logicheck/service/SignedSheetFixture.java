package com.logicheck.service;

import com.logicheck.app.AppContext;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.inspection.Outcome;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Role;
import com.logicheck.domain.template.ChecklistTemplate;
import com.logicheck.domain.template.DeductionRule;
import com.logicheck.domain.template.TemplateItem;
import com.logicheck.persistence.InspectionRepository;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** A finished 后勤公司绿化保洁管理考核表 with deductions, notes, an N/A item and photos, ready to sign. */
public final class SignedSheetFixture {
    public static final char[] PASSWORD = "正确的密码-2026".toCharArray();
    public final AppContext context;
    public final Inspection sheet;
    public final ChecklistTemplate template;
    public final Person inspector;
    public final Place ward;
    public final Place otherPlace;
    public final List<UUID> deductedItems = new ArrayList<>();

    private SignedSheetFixture(AppContext context, boolean finish, int photos, Path scratch) {
        this.context = context;
        var org = context.core().reference().organisation().orElseGet(() -> context.core().reference().createOrganisation("示例县人民医院"));
        inspector = context.core().reference().addPerson(org.id(), "张伟", Role.INSPECTOR, null);
        context.core().currentUser().switchTo(inspector);
        Place site = context.core().reference().addPlace(org.id(), null, PlaceKind.SITE, "东院区");
        Place building = context.core().reference().addPlace(org.id(), site, PlaceKind.BUILDING, "3号楼");
        ward = context.core().reference().addPlace(org.id(), building, PlaceKind.AREA, "心内科病区");
        otherPlace = context.core().reference().addPlace(org.id(), building, PlaceKind.AREA, "污物间");
        var provider = context.core().reference().addProvider(org.id(), "康洁物业服务有限公司", "康洁物业");
        UUID templateId = context.core().templates().latest().stream().filter(t -> t.code().equals("hospital-environment"))
                .findFirst().orElseThrow().versionId();
        sheet = context.inspection().service().start(new InspectionRepository.NewInspection(templateId, provider.id(),
                ward.id(), inspector.id(), InspectionKind.FULL));
        template = context.inspection().service().template(sheet);
        List<TemplateItem> items = template.items().toList();
        Random random = new Random(7);
        DemoPhotos demoPhotos = new DemoPhotos(scratch);
        int photosLeft = photos;
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = items.get(i);
            ItemResult result;
            if (item.naAllowed() && i % 2 == 1) {
                result = ItemResult.notApplicable(item.id());
            } else if (i % 4 == 0) {
                result = ItemResult.deduct(item.id(), quantities(item)).withNote(i == 0
                        ? "病房走廊地面有积水两处，护士站地面有纸屑；已要求保洁员当场清理并加强巡回保洁。"
                        : "现场检查发现不符合要求，已口头提醒班组长。")
                        .withPlace(i == 4 ? otherPlace.id() : ward.id());
                deductedItems.add(item.id());
            } else {
                result = ItemResult.pass(item.id());
            }
            context.inspection().service().answer(sheet, result, inspector.id());
            if (result.outcome() == Outcome.DEDUCT && photosLeft > 0) {
                context.core().photos().attach(sheet.id(), item.id(), demoPhotos.make(random), ward.id(), inspector.id());
                photosLeft--;
            }
        }
        if (finish) {
            context.inspection().service().finish(sheet, inspector.id());
        }
    }

    public static SignedSheetFixture finished(AppContext context, Path scratch) {
        return new SignedSheetFixture(context, true, 3, scratch);
    }

    public static SignedSheetFixture create(AppContext context, Path scratch, boolean finish, int photos) {
        return new SignedSheetFixture(context, finish, photos, scratch);
    }

    private static List<BigDecimal> quantities(TemplateItem item) {
        List<BigDecimal> q = new ArrayList<>();
        for (DeductionRule rule : item.rules()) {
            if (rule instanceof DeductionRule.Range r) {
                q.add(r.min());
            } else if (rule instanceof DeductionRule.PerUnit u) {
                q.add(u.unitSize().multiply(BigDecimal.valueOf(2)));
            } else {
                q.add(BigDecimal.valueOf(2));
            }
        }
        return q;
    }

    public SigningService.SignRequest request() {
        return new SigningService.SignRequest(signaturePng("张伟", 1),
                SigningService.SignerInput.drawn(null, "王敏（康洁物业）", signaturePng("王敏", 2)),
                SigningService.SignerInput.drawn(null, "刘洋", signaturePng("刘洋", 3)));
    }

    public SigningService.SignedSheet sign() {
        return context.inspection().signing().sign(sheet.id(), request(), PASSWORD, inspector.id());
    }

    /** A hand-drawn-looking signature: a few pen strokes on a transparent background. */
    public static byte[] signaturePng(String seedText, int seed) {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Random r = new Random(seedText.hashCode() * 31L + seed);
        for (int stroke = 0; stroke < 3; stroke++) {
            Path2D path = new Path2D.Double();
            double x = 20 + stroke * 110;
            double y = 60 + r.nextInt(20) - 10;
            path.moveTo(x, y);
            for (int i = 0; i < 4; i++) {
                path.curveTo(x + 10 + r.nextInt(30), y - 40 + r.nextInt(30), x + 20 + r.nextInt(40),
                        y + 10 + r.nextInt(40), x + 35 + r.nextInt(25), y - 10 + r.nextInt(20));
                x += 25;
            }
            g.draw(path);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The 受检方 every signed sheet needs (a drawn signature), for tests about something else. */
    public static SigningService.SignerInput inspectee() {
        return SigningService.SignerInput.drawn(null, "王敏（康洁物业）", signaturePng("王敏", 2));
    }
}
