package ru.gramota.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.signature.TestSigner;

/**
 * The deployments of the integration tests: always the EAR that this build produced, never a
 * hand-picked list of application classes. In-container tests add one web module holding only the
 * test classes.
 *
 * <p>Test classes share one deployment ({@link #shared()}, named {@link #SHARED}; {@link
 * SharedDeployment} deploys it once per run). A class that needs a fresh deployment of its own
 * declares an unnamed one from {@link #ear()} or {@link #earWithTests}.
 */
public final class GramotaDeployment {

    /** The name of the deployment that test classes share: {@code @Deployment(name = SHARED)}. */
    public static final String SHARED = "gramota";

    private static final String TEST_MODULE = "gramota-it.war";

    private GramotaDeployment() {}

    /**
     * The deployment every test class shares: the EAR with every in-container test class of this
     * package (those not run as a client) and what they use, so that each of them finds itself in it
     * whichever class deployed it. Client tests ignore the test module.
     */
    public static EnterpriseArchive shared() {
        return earWithTests(inContainerTests().toArray(Class<?>[]::new));
    }

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
                .addClasses(Awaiting.class, AuditChainRule.class, TestSigner.class, TestSigner.KeyKind.class)
                .addClasses(RegistryDesk.class, Api.class, Api.Answer.class, ServerEndpoints.class, ServerTime.class)
                .addClasses(UniqueWords.class, ControlOffice.class, Cards.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXml(ear)
                .replace(
                        "</application>",
                        "<module><web><web-uri>" + TEST_MODULE + "</web-uri><context-root>/gramota-it</context-root>"
                                + "</web></module></application>")));
        return ear;
    }

    /** The Arquillian test classes beside this one that run inside the server. */
    static List<Class<?>> inContainerTests() {
        Path here;
        try {
            here = Path.of(GramotaDeployment.class.getResource("").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(here)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .<Class<?>>map(name -> load(GramotaDeployment.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length())))
                    .filter(type ->
                            type.isAnnotationPresent(ExtendWith.class) && !type.isAnnotationPresent(RunAsClient.class))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GramotaDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
