package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The published plan and its published rounds as JSON, readable without signing in. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/orgs/{slug:" + Slugs.PATTERN + "}/plan")
@Tag(name = "Action plan", description = "The published anti-corruption action plan of a local government and its progress rounds")
class PlanApiController {

    private final Organisations organisations;
    private final Plans plans;
    private final Progress progress;
    private final Clock clock;

    PlanApiController(Organisations organisations, Plans plans, Progress progress, Clock clock) {
        this.organisations = organisations;
        this.plans = plans;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The published plan: dimensions, items with the nine fields of the detail sheet, KPIs and budgets per fiscal year")
    PlanApi.Plan plan(@PathVariable String slug) {
        Organisation organisation = organisation(slug);
        return PlanApi.plan(published(organisation), slug);
    }

    @GetMapping("/rounds")
    @Operation(summary = "The published progress rounds with their E-PlanNACC implementation score")
    List<PlanApi.RoundSummary> rounds(@PathVariable String slug) {
        Organisation organisation = organisation(slug);
        PlanView plan = published(organisation);
        return progress.publishedRounds(organisation.id(), plan.planId()).stream()
                .map(round -> progress.standing(organisation.id(), plan, round, LocalDate.now(clock)))
                .map(s -> new PlanApi.RoundSummary(s.round().fiscalYear(), s.round().number(), s.publishedAt(),
                        s.overall().score()))
                .toList();
    }

    @GetMapping("/rounds/{year}/{round}")
    @Operation(summary = "One published round: scores by dimension, money, and each item's status and KPI actuals")
    PlanApi.Round round(@PathVariable String slug, @PathVariable int year, @PathVariable int round) {
        Organisation organisation = organisation(slug);
        PlanView plan = published(organisation);
        Round selected;
        try {
            selected = new Round(year, round);
        } catch (IllegalArgumentException e) {
            throw new PlanNotFound("round");
        }
        if (!progress.publishedRounds(organisation.id(), plan.planId()).contains(selected)) {
            throw new PlanNotFound("round");
        }
        return PlanApi.round(progress.standing(organisation.id(), plan, selected, LocalDate.now(clock)));
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new PlanNotFound("organisation"));
    }

    private PlanView published(Organisation organisation) {
        return plans.published(organisation.id()).orElseThrow(() -> new PlanNotFound("published plan"));
    }
}
