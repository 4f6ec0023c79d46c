package dev.parley.site;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A site key as it appears in URLs: lower-case letters, digits, '.', '_' and '-', 1 to 64 long. */
@Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}",
        message = "must be 1-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface SiteKey {

    String message() default "invalid site key";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
