package com.logicheck.service;

import com.logicheck.domain.DomainException;
import com.logicheck.domain.Problem;
import com.logicheck.domain.ServiceLine;
import com.logicheck.domain.assessment.ComponentKind;
import com.logicheck.domain.assessment.TemplateWeight;
import com.logicheck.domain.org.Contract;
import com.logicheck.domain.org.Person;
import com.logicheck.domain.org.Provider;
import com.logicheck.domain.org.Role;
import com.logicheck.persistence.ReferenceRepository;
import com.logicheck.persistence.SchemeRepository;
import com.logicheck.persistence.TemplateRepository;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Demo data for the monthly assessment: every demo contract that covers a service line of the hospital's 千分制 is
 * assessed under it from the contract's first month, attached by the demo supervisor. Returns how many were attached.
 */
public final class DemoSchemes {
    static final String HOSPITAL = "hospital-1000";
    private final ReferenceRepository reference;
    private final SchemeRepository schemes;
    private final TemplateRepository templates;

    public DemoSchemes(ReferenceRepository reference, SchemeRepository schemes, TemplateRepository templates) {
        this.reference = reference;
        this.schemes = schemes;
        this.templates = templates;
    }

    public int attachHospitalScheme() {
        UUID version = schemes.latestVersion(HOSPITAL).orElseThrow(() ->
                new DomainException(Problem.of("problem.scheme.missing", HOSPITAL)));
        var codes = schemes.load(version).component(ComponentKind.INSPECTION).orElseThrow().templates().stream()
                .map(TemplateWeight::templateCode).collect(Collectors.toSet());
        Set<ServiceLine> lines = templates.latest().stream().filter(t -> codes.contains(t.code()))
                .map(TemplateRepository.TemplateSummary::serviceLine).collect(Collectors.toSet());
        Person supervisor = reference.people().stream().filter(p -> p.role() == Role.SUPERVISOR).findFirst()
                .orElseThrow(() -> new DomainException(Problem.of("problem.person.unknown", Role.SUPERVISOR.name())));
        int attached = 0;
        for (Provider p : reference.providers()) {
            for (Contract c : schemes.contracts(p.id())) {
                if (!Collections.disjoint(c.serviceLines(), lines)) {
                    schemes.attach(c.id(), version, YearMonth.from(c.startsOn()), supervisor.id());
                    attached++;
                }
            }
        }
        return attached;
    }
}
