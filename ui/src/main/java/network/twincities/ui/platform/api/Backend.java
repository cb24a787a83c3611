package network.twincities.ui.platform.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A rest client built by {@link BackendClients}: base URL {@code twincities.api.url}, the user's
 * bearer token. (Payara's MicroProfile Rest Client also offers every {@code @RegisterRestClient}
 * interface as a {@code @Default} bean, which has neither.)
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface Backend {}
