package dev.parley;

import dev.parley.platform.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Entry point. When no external database is configured it starts the embedded PostgreSQL first
 * and hands its address to Quarkus as system properties, which the runtime configuration reads.
 * The embedded server stops after Quarkus has shut down.
 */
@QuarkusMain
public final class ParleyMain {

    private static final Logger LOG = Logger.getLogger(ParleyMain.class);

    private ParleyMain() {
    }

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        Optional<String> externalUrl = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        if (externalUrl.isPresent()) {
            Quarkus.run(args);
            return;
        }
        Path dataDir = Path.of(config.getValue("parley.embedded-db.data-dir", String.class)).toAbsolutePath();
        int port = config.getValue("parley.embedded-db.port", Integer.class);
        LOG.infof("No external database configured: starting embedded PostgreSQL in %s", dataDir);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port)) {
            database.datasourceProperties().forEach(System::setProperty);
            Quarkus.run(args);
        }
    }
}
