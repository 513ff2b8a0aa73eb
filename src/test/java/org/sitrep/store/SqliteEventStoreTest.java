package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on an embedded SQLite file.
 */
class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    StoreConfig freshStore() {
        return StoreConfig.sqlite(dir.resolve("test.db"));
    }
}
