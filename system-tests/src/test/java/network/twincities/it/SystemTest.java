package network.twincities.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the running system: the backend and the UI deployed once per test run on Payara Micro
 * (Arquillian, managed), with PostgreSQL and Keycloak of {@link TestStack}. Tests call it from the
 * outside, as a consumer or a browser would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
public @interface SystemTest {}
