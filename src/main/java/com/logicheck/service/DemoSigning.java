package com.logicheck.service;

import com.logicheck.domain.inspection.Inspection;
import com.logicheck.domain.inspection.InspectionStatus;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.InspectionRepository;
import com.logicheck.persistence.ReferenceRepository;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * 演示签字: most finished sheets of the demo month are signed through the real {@link SigningService} a few minutes
 * after they were finished — by their 检查人 (the demo inspectors' signing keys, password {@code password}) and by the
 * provider's 项目经理 as 受检方 — so {@code signed/} holds real signed PDFs that 导出, 验证签名 and 同步 can use. Today's
 * finished sheets stay 待签字, so the list shows both. Every earlier one is signed: an order on an unsigned sheet
 * waits, and so would every later order that repeats it, at the other laptop. Deterministic for a given seed.
 */
final class DemoSigning {
    private final ReferenceRepository reference;
    private final InspectionRepository inspections;
    private final SigningService signing;
    private final DemoClock clock;

    DemoSigning(ReferenceRepository reference, InspectionRepository inspections, SigningService signing,
                DemoClock clock) {
        this.reference = reference;
        this.inspections = inspections;
        this.signing = signing;
        this.clock = clock;
    }

    /** Signs the finished sheets before today; returns how many. */
    int signMost(long seed, String password) {
        Random random = new Random(seed ^ 0x5167L);
        LocalDate today = LocalDate.ofInstant(clock.now(), clock.getZone());
        List<Person> people = reference.people();
        Map<UUID, byte[]> drawn = new HashMap<>();
        List<InspectionRepository.InspectionRow> rows = inspections.recent(10_000).stream()
                .filter(r -> r.status() == InspectionStatus.FINISHED)
                .sorted(Comparator.comparing(InspectionRepository.InspectionRow::startedAt)).toList();
        int signed = 0;
        for (InspectionRepository.InspectionRow row : rows) {
            boolean old = row.updatedAt().atZoneSameInstant(clock.getZone()).toLocalDate().isBefore(today);
            if (!old) {
                continue;
            }
            Inspection sheet = inspections.find(row.id()).orElseThrow();
            Person inspector = people.stream().filter(p -> p.id().equals(sheet.inspectorId())).findFirst().orElseThrow();
            Optional<Person> contact = people.stream().filter(p -> p.role() == Role.PROVIDER_CONTACT
                    && sheet.providerId().equals(p.providerId())).findFirst();
            SigningService.SignerInput inspectee = contact
                    .map(c -> SigningService.SignerInput.drawn(c.id(), c.name(),
                            drawn.computeIfAbsent(c.id(), id -> signature(random))))
                    .orElseGet(() -> SigningService.SignerInput.refused(row.providerName() + "现场负责人",
                            "现场负责人外出，拒绝签字。", inspector.name()));
            byte[] own = drawn.computeIfAbsent(inspector.id(), id -> signature(random));
            clock.at(row.updatedAt().plusMinutes(2 + random.nextInt(10)).toInstant());
            signing.sign(sheet.id(), new SigningService.SignRequest(own, inspectee, null), password.toCharArray(),
                    inspector.id());
            signed++;
        }
        clock.release();
        return signed;
    }

    /** A hand-drawn-looking signature: a few strokes in dark blue on a transparent background. */
    static byte[] signature(Random random) {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        path.moveTo(15, 45 + random.nextInt(15));
        for (int x = 40; x <= 225; x += 20 + random.nextInt(15)) {
            path.quadTo(x - 10, 10 + random.nextInt(60), x, 20 + random.nextInt(45));
        }
        g.draw(path);
        g.drawLine(30, 68, 200, 62 + random.nextInt(8));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
