package ru.gramota.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain.
 *
 * @param recordsChecked how many records were read
 * @param firstBrokenSeq the sequence number where the chain first breaks, if it does
 * @param problem what is wrong there
 */
public record AuditVerification(long recordsChecked, Optional<Long> firstBrokenSeq, Optional<String> problem) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(checked, Optional.empty(), Optional.empty());
    }

    static AuditVerification brokenAt(long checked, long seq, String problem) {
        return new AuditVerification(checked, Optional.of(seq), Optional.of(problem));
    }

    public boolean intact() {
        return firstBrokenSeq.isEmpty();
    }
}
