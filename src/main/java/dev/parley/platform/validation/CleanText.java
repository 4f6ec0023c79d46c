package dev.parley.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that PostgreSQL can store and a reader can see: no NUL or other C0 control characters
 * (tab, line feed and carriage return are allowed) and no unpaired UTF-16 surrogates, which
 * cannot be encoded as UTF-8. Null is valid (combine with {@code @NotNull} where required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanTextValidator.class)
public @interface CleanText {

    String message() default "must not contain NUL, control characters or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
