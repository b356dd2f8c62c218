package org.sujarit.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: the tenant, the user's roles and where they can go from here. */
@Controller
class ConsoleController {

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}
