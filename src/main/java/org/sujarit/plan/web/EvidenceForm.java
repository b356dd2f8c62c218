package org.sujarit.plan.web;

import jakarta.validation.constraints.Size;

/** Evidence for a report: a title and either a link or a file (the file comes as a multipart part). */
record EvidenceForm(@Size(max = 300, message = "{validation.tooLong}") String title,
                    @Size(max = 2000, message = "{validation.tooLong}") String url) {

    static EvidenceForm blank() {
        return new EvidenceForm("", "");
    }
}
