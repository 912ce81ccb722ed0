package dev.switchboard.server.infra;

/**
 * A backend feature: a package of its own and one line in the server's list of features. It builds
 * its services in {@link #install} and adds, through the context, what the server runs for it:
 * routes, handlers on the sockets other features published, periodic tasks and close steps.
 */
@FunctionalInterface
public interface BackendFeature {

    /**
     * Builds the feature. Features are installed one after the other in list order, so a feature
     * finds the services the features before it published and none of those after it: the list is
     * the dependency order, and a cycle cannot be built by accident (see
     * {@link FeatureContext#later} for the one deliberate exception).
     */
    void install(FeatureContext context);
}
