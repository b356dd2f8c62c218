package org.sujarit.infrastructure.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the embedded database could not start as the operator's next step, without a stack trace. */
class DataDirectoryHeldAnalyzer extends AbstractFailureAnalyzer<DataDirectoryHeld> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryHeld cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Follow the advice above for " + cause.dataDir() + ", then start Sujarit again.", cause);
    }
}
