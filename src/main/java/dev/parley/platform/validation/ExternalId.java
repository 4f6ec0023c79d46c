package dev.parley.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identifier given by the source system (comment, thread, author): 1 to 200 printable
 * characters without whitespace at either end. Null is valid (combine with {@code @NotNull}).
 */
@Size(min = 1, max = 200)
@Pattern(regexp = "\\S(.*\\S)?", message = "must be printable, without leading or trailing whitespace")
@CleanText
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ExternalId {

    String message() default "invalid external id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
