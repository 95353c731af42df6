/** The H2 file database, migrated by Flyway (src/main/resources/db/migration). */
package io.steeldome.server.store;
