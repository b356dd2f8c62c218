package org.sujarit.complaint.open311;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anything else under {@code /open311} — another format than JSON, an unknown resource, another
 * method — answered in Open311's error shape rather than with an HTML page.
 */
@RestController
class Open311Fallback {

    @RequestMapping("/open311/**")
    void unknown() {
        throw new Open311Problem(HttpStatus.NOT_FOUND, "open311.error.endpoint");
    }
}
