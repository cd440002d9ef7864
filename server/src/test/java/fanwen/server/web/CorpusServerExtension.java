package fanwen.server.web;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the one {@link LiveServer} with the bundled corpus of the test run: started by the
 * first class that asks for it, closed by JUnit when the run ends. Before that it checks that Chromium is
 * installed (failing in CI, skipping elsewhere), so a machine without it does not index the corpus for nothing.
 */
final class CorpusServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(CorpusServerExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.requireInstalled();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LiveServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(LiveServer.class, type -> LiveServer.withBundledCorpus(), LiveServer.class);
    }
}
