package org.sujarit.complaint.web;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.FollowingCases;
import org.sujarit.complaint.Settings;
import org.sujarit.tenant.Organisation;

/** The citizen's page of their case: its history as they may read it, and what they may still do. */
@Component
class CitizenCasePage {

    private final ComplaintSettings settings;
    private final FollowingCases following;
    private final Clock clock;

    CitizenCasePage(ComplaintSettings settings, FollowingCases following, Clock clock) {
        this.settings = settings;
        this.following = following;
        this.clock = clock;
    }

    String show(Organisation organisation, CaseView c, Model model) {
        model.addAttribute("organisation", organisation);
        Settings centre = settings.settingsToShow(organisation.id());
        model.addAttribute("case", c.forCitizen());
        model.addAttribute("mayReopen", following.citizenMayReopen(c, centre));
        model.addAttribute("settings", centre);
        model.addAttribute("maxFiles", Filing.MAX_ATTACHMENTS);
        model.addAttribute("now", clock.instant());
        return "complaint/citizen/case";
    }
}
