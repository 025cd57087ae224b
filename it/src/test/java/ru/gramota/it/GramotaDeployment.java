package ru.gramota.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the integration tests: always the EAR that this build produced, never a
 * hand-picked list of application classes. In-container tests add one web module holding only the
 * test classes.
 */
public final class GramotaDeployment {

    private static final String TEST_MODULE = "gramota-it.war";

    private GramotaDeployment() {}

    /** The EAR exactly as built. */
    public static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("gramota.it.ear", "target/gramota.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR to test is missing: " + ear + ". Run the build from the top.");
        }
        return ShrinkWrap.create(ZipImporter.class, "gramota.ear")
                .importFrom(ear)
                .as(EnterpriseArchive.class);
    }

    /** The EAR as built, plus a web module with the given test classes, where Arquillian runs them. */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClass(Awaiting.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXml(ear)
                .replace(
                        "</application>",
                        "<module><web><web-uri>" + TEST_MODULE + "</web-uri><context-root>/gramota-it</context-root>"
                                + "</web></module></application>")));
        return ear;
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
