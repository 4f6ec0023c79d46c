package dev.parley.integration.coral.service;

import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;

/** A Coral request whose signature is missing or wrong (401); its own type so the answer can carry WWW-Authenticate. */
public class CoralSignatureRejected extends ProblemException {

    public CoralSignatureRejected(String detail) {
        super(ProblemType.UNAUTHORIZED, detail);
    }
}
