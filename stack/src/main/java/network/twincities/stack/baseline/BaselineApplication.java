package network.twincities.stack.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The start-up benchmark's baseline: the least a JAX-RS service is, on Payara Micro. Never loaded by the
 * benchmark itself, which packs this class and {@link BaselineResource} into a WAR of their own.
 */
@ApplicationPath("api")
public class BaselineApplication extends Application {}
