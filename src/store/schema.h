// The store's schema: an ordered list of migrations and the code that applies them.
//
// Migration i (0-based) takes a database from schema version i to i+1. The
// version lives in PRAGMA user_version (0 for a fresh file). Migrate() applies
// every missing migration, each in its own BEGIN IMMEDIATE transaction that
// also bumps user_version, so a crash leaves the database at a whole version.
// The version is re-read inside each transaction, so two processes opening a
// fresh file at once do not both apply the same step.
//
// To change the schema, append a migration; never edit a released one.
//
// Failure: a database newer than kSchemaVersion -> kUnsupported (the code is
// too old to read it); a read-only connection to an older database ->
// kUnsupported (it cannot migrate); SQLite failures -> SqliteError().
#ifndef CROSSCHECK_STORE_SCHEMA_H_
#define CROSSCHECK_STORE_SCHEMA_H_

#include <sqlite3.h>

#include <span>
#include <string>

#include "crosscheck/status.h"

namespace crosscheck::store {

// The schema version this code writes and reads.
inline constexpr int kSchemaVersion = 2;

// The SQL scripts; Migrations()[i] takes version i to i+1.
std::span<const char* const> Migrations();

// PRAGMA user_version of `db`.
Result<int> ReadSchemaVersion(sqlite3* db, const std::string& path);

// Brings `db` to kSchemaVersion (or only checks it when `read_only`).
Status Migrate(sqlite3* db, const std::string& path, bool read_only);

}  // namespace crosscheck::store

#endif  // CROSSCHECK_STORE_SCHEMA_H_
