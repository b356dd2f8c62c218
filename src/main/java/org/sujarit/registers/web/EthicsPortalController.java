package org.sujarit.registers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.portal.PortalLink;
import org.sujarit.registers.EthicsCode;
import org.sujarit.registers.EthicsCodes;
import org.sujarit.registers.EthicsNotFound;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The code of ethics in force, public on the tenant's portal (OIT O16), with its PDF when there is one. */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/ethics")
class EthicsPortalController {

    private final Organisations organisations;
    private final EthicsCodes codes;

    EthicsPortalController(Organisations organisations, EthicsCodes codes) {
        this.organisations = organisations;
        this.codes = codes;
    }

    @GetMapping
    String code(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(EthicsNotFound::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("code", codes.inForce(organisation.id()).orElse(null));
        return "registers/ethics-portal";
    }

    @GetMapping("/code.pdf")
    ResponseEntity<byte[]> file(@PathVariable String slug) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(EthicsNotFound::new);
        EthicsCode code = codes.inForce(organisation.id()).orElseThrow(EthicsNotFound::new);
        byte[] content = codes.file(organisation.id(), code.id()).orElseThrow(EthicsNotFound::new);
        return DocumentFiles.file(content, MediaType.APPLICATION_PDF, code.fileName(), true);
    }

    @Bean
    static PortalLink ethicsPortalLink() {
        return new PortalLink("portal.ethics", "/ethics", "portal.ethicsDescription", 55);
    }
}
