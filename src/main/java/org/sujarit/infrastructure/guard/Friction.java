package org.sujarit.infrastructure.guard;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What anonymous forms cost (filing, case look-ups, answering a public survey), so that a bot pays more than a person — without a
 * CAPTCHA, which would lock out screen-reader users. The browser's script solves a proof of work
 * (about a second on a phone) while the person reads the form; a browser without script pays in
 * time instead: its form is taken no sooner than {@code sujarit.complaints.no-script-wait} after it
 * was served (a person takes longer to fill it in, so only a bot notices). A form sent sooner comes
 * back at once with everything typed and the same challenge, to be sent again — no request thread
 * waits out the time. Either way a form is good for one submission.
 * {@code sujarit.complaints.friction=false} switches it off (the benchmark). Open311 POSTs come from
 * other applications, not browsers, and keep only the rate limit.
 */
@Component
public class Friction {

    private final ProofOfWork work;
    private final Clock clock;
    private final boolean on;
    private final Duration noScriptWait;

    Friction(ProofOfWork work, Clock clock, @Value("${sujarit.complaints.friction:true}") boolean on,
             @Value("${sujarit.complaints.no-script-wait:PT8S}") Duration noScriptWait) {
        this.work = work;
        this.clock = clock;
        this.on = on;
        this.noScriptWait = noScriptWait;
    }

    /** Puts a fresh challenge on the form about to be shown, unless it keeps the one it was sent with. */
    public void challenge(Model model) {
        if (!model.containsAttribute("friction")) {
            model.addAttribute("friction", on ? work.issue() : null);
        }
    }

    /**
     * Checks and spends the form's challenge; null when the submission may go on, else the key of
     * the message to show with the form kept. A form sent without script before its wait is over
     * keeps its challenge (put on {@code model}), unspent, so that sending it again a moment later
     * goes through; the message says how many seconds are left ({@code problemArg}).
     */
    public String check(String challenge, String counter, Model model) {
        if (!on) {
            return null;
        }
        ProofOfWork.Issued issued = work.read(challenge);
        if (issued == null) {
            return "complaint.friction.expired";
        }
        if (counter == null || counter.isBlank()) {
            Duration left = Duration.between(clock.instant(), issued.issuedAt().plus(noScriptWait));
            if (!left.isNegative() && !left.isZero()) {
                model.addAttribute("friction", issued.challenge());
                model.addAttribute("problemArg", (left.toMillis() + 999) / 1000);
                return "complaint.friction.tooSoon";
            }
        } else if (!ProofOfWork.solves(issued, counter.strip())) {
            return "complaint.friction.invalid";
        }
        return work.spend(issued) ? null : "complaint.friction.spent";
    }
}
