package nl.thvhub.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST whose body streams (a bulk upload): the Idempotency-Key filter never reads it into memory but hashes it
 * as it passes, and the resource claims the key after reading it with {@link GestreamdeClaim#naStreamen()}, before it
 * stores anything.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GestreamdeInhoud {
}
