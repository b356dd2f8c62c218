package org.sujarit.registers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No code of ethics (or no such version, or no file) for this tenant: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EthicsNotFound extends RuntimeException {

    public EthicsNotFound() {
        super("No such code of ethics");
    }
}
