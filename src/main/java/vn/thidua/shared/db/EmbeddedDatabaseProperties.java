package vn.thidua.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL used when no external database is configured.
 *
 * @param dataDir where the data is kept between runs; empty for a throw-away directory
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param binariesDir where the PostgreSQL binaries are unpacked once
 * @param sharedPerJvm one server for every application context of this JVM (tests)
 */
@ConfigurationProperties("thidua.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, int port, String binariesDir, boolean sharedPerJvm) {

}
