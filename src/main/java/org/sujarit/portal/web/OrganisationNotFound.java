package org.sujarit.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class OrganisationNotFound extends RuntimeException {

    OrganisationNotFound(String slug) {
        super("No local government at /" + slug);
    }
}
