package org.sujarit.staff.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.sujarit.support.WebTest;

/**
 * The step-up rules name their actions by URL, in another module's terms (the vault, the users, the
 * registers' exports): each must still name an action the application has, or a renamed page would
 * silently lose its step-up.
 */
@WebTest
class StepUpRulesTest {

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyRuleNamesAnActionTheApplicationHas() throws Exception {
        assertThat(StepUpRules.RULES).isNotEmpty();
        for (StepUpRules.Rule rule : StepUpRules.RULES) {
            String path = rule.path().pattern().replace("([0-9a-fA-F-]{36})", UUID.randomUUID().toString())
                    .replace("[0-9a-fA-F-]{36}", UUID.randomUUID().toString()).replace("\\.", ".");
            assertThat(rule.path().matcher(path).matches()).as("sample path %s", path).isTrue();
            MockHttpServletRequest request = new MockHttpServletRequest(rule.method(), path);
            assertThat(mappings.getHandler(request)).as("%s %s", rule.method(), path).isNotNull();
            // the action itself, not another one whose path variable happens to take the rule's words
            String shape = rule.path().pattern().replace("([0-9a-fA-F-]{36})", "{}").replace("[0-9a-fA-F-]{36}", "{}")
                    .replace("\\.", ".");
            Object best = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            assertThat(String.valueOf(best).replaceAll("\\{[^}]*}", "{}")).as("%s %s", rule.method(), path).isEqualTo(shape);
        }
    }
}
