package vn.opendvc.workflow;

import java.util.NoSuchElementException;

/** The procedure id names no procedure of the catalog. */
public class UnknownProcedure extends NoSuchElementException {

    private final long procedureId;

    public UnknownProcedure(long procedureId) {
        super("unknown procedure " + procedureId); // for logs: pages and the API say "not found" themselves
        this.procedureId = procedureId;
    }

    public long procedureId() {
        return procedureId;
    }
}
