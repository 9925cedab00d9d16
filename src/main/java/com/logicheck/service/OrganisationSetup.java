package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.org.Person;
import com.logicheck.files.AtomicFile;
import com.logicheck.persistence.SetupRepository;
import com.logicheck.service.ReferenceRows.PlaceLine;
import com.logicheck.service.ReferenceRows.ProviderLine;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * 首次设置 (first-run wizard): checks each step's input with the same rules the wizard shows, and at 完成 writes
 * organisation, first 管理员, places, providers and enabled templates in one transaction; the logo is written to
 * {@code branding/logo.png} after the commit (temp file, then moved). The 管理员 is then logged in.
 */
public final class OrganisationSetup {
    public static final String LOGO_FILE = "logo.png";
    static final int LOGO_MAX_PIXELS = 512;
    static final long LOGO_MAX_BYTES = 10L * 1024 * 1024;
    private final SetupRepository setup;
    private final PasswordHasher hasher;
    private final CurrentUser currentUser;
    private final Path branding;

    public OrganisationSetup(SetupRepository setup, PasswordHasher hasher, CurrentUser currentUser, Path branding) {
        this.setup = setup;
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.branding = branding;
    }

    /** What the wizard gathered. {@code logoPng}: from {@link #logo(Path)}, or null. */
    public record Plan(String organisation, byte[] logoPng, String adminName, String adminLogin, char[] password,
                       List<PlaceLine> places, List<ProviderLine> providers, Set<String> disabledTemplateCodes) {
    }

    /** True for a fresh data folder: the app opens the wizard instead of the main window. */
    public boolean needed() {
        return setup.needed();
    }

    public static String organisation(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DomainException(Problem.of("problem.setup.organisationEmpty"));
        }
        if (n.length() > ReferenceRows.NAME_MAX) {
            throw new DomainException(Problem.of("problem.setup.organisationLong", ReferenceRows.NAME_MAX));
        }
        return n;
    }

    /** A logo image file (PNG, JPEG, GIF, BMP) as a PNG of at most 512 px on its longer side; refuses anything else. */
    public static byte[] logo(Path file) {
        try {
            if (Files.size(file) > LOGO_MAX_BYTES) {
                throw new DomainException(Problem.of("problem.setup.logoTooLarge", file.getFileName().toString(), 10));
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (image == null) {
                throw new DomainException(Problem.of("problem.setup.logoNotImage", file.getFileName().toString()));
            }
            double scale = Math.min(1.0, (double) LOGO_MAX_PIXELS / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(out, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.setup.logoNotImage", file.getFileName().toString()));
        }
    }

    /** Step 2: the first 管理员. */
    public static void checkAdmin(String name, String login, char[] password, char[] repeated) {
        if (name == null || name.isBlank()) {
            throw new DomainException(Problem.of("problem.account.nameEmpty"));
        }
        String l = AccountService.login(login);
        AccountService.requireSame(password, repeated);
        AccountService.check(password, l);
    }

    /** 完成: writes everything, or nothing. Returns the 管理员, now logged in. */
    public Person complete(Plan plan) {
        String org = organisation(plan.organisation());
        checkAdmin(plan.adminName(), plan.adminLogin(), plan.password(), plan.password());
        List<PlaceLine> places = ReferenceRows.checkPlaces(plan.places(), 1);
        Path logo = branding.resolve(LOGO_FILE);
        try (AtomicFile.Staged file = plan.logoPng() == null ? null
                : AtomicFile.stage(logo, AtomicFile.Readers.PRIVATE, out -> out.write(plan.logoPng()))) {
            Person admin = setup.apply(new SetupRepository.Setup(org,
                    plan.logoPng() == null ? null : "branding/" + LOGO_FILE, plan.adminName().strip(),
                    AccountService.login(plan.adminLogin()), hasher.hash(plan.password()),
                    places.stream().map(PlaceLine::levels).toList(),
                    plan.providers().stream().map(p -> new SetupRepository.NewProvider(p.name(), p.shortName(), p.lines()))
                            .toList(), plan.disabledTemplateCodes()));
            if (file != null) {
                file.commit();
            }
            currentUser.logIn(admin);
            return admin;
        } catch (IOException e) {
            throw new DomainException(Problem.of("problem.setup.logoWrite", logo.toString(), String.valueOf(e.getMessage())));
        }
    }
}
