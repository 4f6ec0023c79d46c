package dev.parley.integration.coral.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.platform.problem.FieldErrors;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;

/**
 * Parses a Coral request body after its signature was verified. The body arrives as raw bytes
 * (the signature covers the exact bytes, not a re-serialisation), so Parley parses it here rather
 * than letting JAX-RS bind it; errors become the same 400 problems as everywhere else.
 */
@ApplicationScoped
public class CoralPayloads {

    private final ObjectMapper json;
    private final Validator validator;

    CoralPayloads(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is empty; JSON was expected.");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON for this endpoint: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body cannot be read: " + e.getMessage());
        }
        if (value == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is JSON null; an object was expected.");
        }
        reject(FieldErrors.of(validator.validate(value)));
        return value;
    }

    /** Throws a 400 listing the errors, if there are any. */
    public static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, FieldErrors.summary(errors), errors);
        }
    }
}
