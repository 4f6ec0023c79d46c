package dev.parley.web.moderation;

import dev.parley.moderation.api.ModerationApi.BulkDecisionRequest;
import dev.parley.moderation.api.ModerationApi.DecisionAction;
import dev.parley.moderation.api.ModerationApi.DecisionRequest;
import dev.parley.moderation.api.ModerationApi.RejectReason;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the moderator page's form fields into the moderation API's requests, with the same bean
 * validation the API applies, so a form can never make a decision the API would refuse.
 */
@ApplicationScoped
public class DecisionForms {

    private final Validator validator;

    DecisionForms(Validator validator) {
        this.validator = validator;
    }

    public DecisionRequest decision(String action, String moderator, String expectedVersion, String reason,
                                    String note) {
        DecisionAction a = parse(DecisionAction.class, action, "action");
        if (moderator == null || moderator.isBlank()) {
            throw invalid("Type your moderator name at the top of the page first.");
        }
        RejectReason r = a == DecisionAction.REJECT ? parse(RejectReason.class, reason, "reason") : null;
        long version;
        try {
            version = Long.parseLong(expectedVersion == null ? "" : expectedVersion.strip());
        } catch (NumberFormatException e) {
            throw invalid("expectedVersion: not a number");
        }
        DecisionRequest request = new DecisionRequest(a, moderator.strip(), version, r,
                note == null || note.isBlank() ? null : note.strip());
        check(validator.validate(request));
        return request;
    }

    /** Selected items arrive as {@code commentId@version}, the state the moderator saw. */
    public List<BulkDecisionRequest.Target> targets(List<String> selected) {
        if (selected == null || selected.isEmpty()) {
            throw invalid("Select at least one comment (x, or the check boxes).");
        }
        List<BulkDecisionRequest.Target> targets = new ArrayList<>();
        for (String s : selected) {
            int at = s.lastIndexOf('@');
            try {
                targets.add(new BulkDecisionRequest.Target(s.substring(0, Math.max(at, 0)),
                        Long.parseLong(s.substring(at + 1))));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw invalid("selected: '" + s + "' is not commentId@version");
            }
        }
        targets.forEach(t -> check(validator.validate(t)));
        return targets;
    }

    static String pastTense(DecisionAction action) {
        return switch (action) {
            case APPROVE -> "Approved";
            case REJECT -> "Rejected";
            case ESCALATE -> "Escalated";
            case UNDO -> "Undone";
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field + ": choose one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static <T> void check(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw invalid(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
    }

    private static ProblemException invalid(String message) {
        return new ProblemException(ProblemType.VALIDATION, message);
    }
}
