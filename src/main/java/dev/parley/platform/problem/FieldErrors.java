package dev.parley.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Renders bean-validation violations as the field errors of a problem. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static List<Problem.FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /** One line for the problem's detail. */
    public static String summary(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
    }

    /** {@code ingestBatch.request.comments[3].body} becomes {@code comments[3].body}. */
    static String fieldOf(Path propertyPath) {
        List<Path.Node> nodes = new ArrayList<>();
        propertyPath.forEach(nodes::add);
        int skip = 0;
        if (!nodes.isEmpty() && nodes.getFirst().getKind() == ElementKind.METHOD) {
            skip = 1;
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                skip = 2;
            }
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(skip, nodes.size())) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

}
