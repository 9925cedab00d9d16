package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionKind;
import com.logicheck.domain.inspection.ItemResult;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Place;
import com.logicheck.domain.org.PlaceKind;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.TemplateRepository;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * 自检: what {@code logicheck selfcheck} proves about an installed copy, run on a fresh throw-away data folder: the
 * migrations ran, the built-in templates loaded, and one sheet can be filled, signed as PDF/A-3b and verified.
 */
public final class SelfCheck {
    private static final char[] PASSWORD = "selfcheck-password".toCharArray();
    private final ReferenceRepository reference;
    private final TemplateRepository templates;
    private final InspectionService inspections;
    private final SigningService signing;
    private final VerifyService verify;

    public SelfCheck(ReferenceRepository reference, TemplateRepository templates, InspectionService inspections,
                     SigningService signing, VerifyService verify) {
        this.reference = reference;
        this.templates = templates;
        this.inspections = inspections;
        this.signing = signing;
        this.verify = verify;
    }

    /** The steps passed, each as a short line; throws on the first that fails. */
    public record Result(int templates, String pdf, long pdfBytes, String signer) {
    }

    public Result run() {
        List<TemplateRepository.TemplateSummary> latest = templates.latest();
        if (latest.isEmpty()) {
            throw new DomainException(Problem.of("problem.selfcheck.noTemplates"));
        }
        var org = reference.organisation().orElseGet(() -> reference.createOrganisation("自检单位"));
        Person inspector = reference.addPerson(org.id(), "自检", Role.INSPECTOR, null);
        Place place = reference.addPlace(org.id(), null, PlaceKind.SITE, "自检院区");
        Provider provider = reference.addProvider(org.id(), "自检物业服务有限公司", "自检物业");
        Inspection sheet = inspections.start(new InspectionRepository.NewInspection(latest.get(0).versionId(),
                provider.id(), place.id(), inspector.id(), InspectionKind.FULL));
        inspections.template(sheet).items().forEach(i -> inspections.answer(sheet, ItemResult.pass(i.id()), inspector.id()));
        inspections.finish(inspections.inspection(sheet.id()), inspector.id());
        SigningService.SignedSheet signed = signing.sign(sheet.id(),
                new SigningService.SignRequest(signature(), SigningService.SignerInput.drawn(null, "自检受检方", signature()),
                        null), PASSWORD, inspector.id());
        VerifyService.Report report = verify.verify(signed.pdf());
        if (!report.ok()) {
            throw new DomainException(Problem.of("problem.selfcheck.verify", signed.pdf().toString()));
        }
        long bytes = signed.pdf().toFile().length();
        return new Result(latest.size(), signed.pdf().toString(), bytes, report.check().signerName());
    }

    private static byte[] signature() {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(20, 60, 110, 20);
        g.drawLine(110, 20, 220, 55);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
