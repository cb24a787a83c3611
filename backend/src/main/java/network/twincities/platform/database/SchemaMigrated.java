package network.twincities.platform.database;

/**
 * Fired once the schema is at the latest migration, before the API serves: start-up work that needs
 * the database observes it instead of running at deployment, when the database may not be there yet.
 */
public record SchemaMigrated(String version) {}
