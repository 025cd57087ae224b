package ru.gramota.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment for the whole Failsafe run: the first test class whose deployment is named {@link
 * GramotaDeployment#SHARED} deploys it, every later such class finds it deployed and uses it, and it
 * is undeployed when the server stops. Deploying the EAR costs about 12 s, which every test class
 * paid before.
 *
 * <p>Arquillian still builds each class's archive and fires its deploy and undeploy events; this
 * observer, registered in {@code META-INF/services}, runs inside the deployment context those events
 * open and stands in for the container there: it marks the class's deployment as deployed and hands
 * it the protocol metadata of the first deployment, so in-container tests are sent to it (WildFly
 * finds a test class in whichever deployment holds it, {@link GramotaDeployment#shared()}). A class
 * with a deployment of its own (any other name) gets it as before; the shared one is undeployed
 * first, since both would claim the same context roots, and deployed again for the next class that
 * shares it.
 */
public class SharedDeployment {

    /** Registers the observer with Arquillian. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.observer(SharedDeployment.class);
        }
    }

    private record Deployed(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {}

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    private Deployed deployed;
    private int deployments;
    private int classesServed;

    /** Below the deployment context's own observer (precedence 0), so inside the context it opens. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        Deployment requested = event.getDeployment();
        if (!isShared(requested)) {
            undeployShared();
            context.proceed();
            return;
        }
        if (deployed == null) {
            context.proceed();
            if (requested.isDeployed()) {
                DeploymentDescription built = requested.getDescription();
                deployed = new Deployed(
                        event.getDeployableContainer(),
                        built.getTestableArchive() != null ? built.getTestableArchive() : built.getArchive(),
                        protocolMetaData.get());
                deployments++;
                classesServed++;
            }
            return;
        }
        description.set(requested.getDescription());
        deployment.set(requested);
        if (deployed.metaData() != null) {
            protocolMetaData.set(deployed.metaData());
        }
        requested.deployed();
        classesServed++;
    }

    /** The shared deployment outlives the class; its context still ends with it. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment requested = context.getEvent().getDeployment();
        if (isShared(requested) && deployed != null) {
            requested.undeployed();
            return;
        }
        context.proceed();
    }

    /** Before WildFly Arquillian undeploys its own service (precedence 0), which the tests' module needs. */
    public void undeployAtTheEnd(@Observes(precedence = 10) BeforeStop event) {
        undeployShared();
        System.out.printf(
                "Shared deployment %s: deployed %d time(s), used by %d test class(es)%n",
                GramotaDeployment.SHARED, deployments, classesServed);
    }

    private void undeployShared() {
        if (deployed == null) {
            return;
        }
        Deployed undeploying = deployed;
        deployed = null;
        try {
            undeploying.container().undeploy(undeploying.archive());
        } catch (Exception e) {
            throw new IllegalStateException("Could not undeploy the shared deployment", e);
        }
    }

    private static boolean isShared(Deployment deployment) {
        return GramotaDeployment.SHARED.equals(deployment.getDescription().getName());
    }
}
