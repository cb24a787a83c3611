package network.twincities.it;

import network.twincities.testing.ExpiryOnDayResource;
import network.twincities.testing.FeedPruningResource;
import network.twincities.testing.SlowWriteResource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the test run: the real backend WAR, as built, at {@code /api}, with the
 * test-only resources of the package {@code testing}. Payara Micro also serves the real UI WAR at
 * {@code /} (see {@code arquillian.xml}).
 */
public class SystemTestDeployment {

    @Deployment(testable = false)
    public static WebArchive backend() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, TestStack.parts().resolve("api.war").toFile())
                .addClasses(ExpiryOnDayResource.class, SlowWriteResource.class, FeedPruningResource.class);
    }
}
