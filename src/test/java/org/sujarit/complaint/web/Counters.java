package org.sujarit.complaint.web;

import org.sujarit.infrastructure.guard.ProofOfWork;

/** Counters for a proof-of-work challenge, found as a browser finds them: by trying 0, 1, 2 … */
final class Counters {

    private Counters() {
    }

    /** The first counter that solves the challenge. */
    static String solving(ProofOfWork work, String challenge) {
        return first(work, challenge, true);
    }

    /** The first counter that does not solve it. */
    static String notSolving(ProofOfWork work, String challenge) {
        return first(work, challenge, false);
    }

    private static String first(ProofOfWork work, String challenge, boolean solves) {
        ProofOfWork.Issued issued = work.read(challenge);
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.solves(issued, Long.toString(counter)) == solves) {
                return Long.toString(counter);
            }
        }
    }
}
