package dev.parley.analysis.model;

/** A model file whose feature recipe differs from the code's: loading it would score garbage. */
public class ModelMismatchException extends RuntimeException {

    public ModelMismatchException(String message) {
        super(message);
    }
}
