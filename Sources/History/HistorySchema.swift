import GRDB

/// The history's schema: GRDB migrations named `v1`, `v2`…, each run once,
/// in its own transaction, and recorded by name in GRDB's `grdb_migrations`
/// table. A migration that has shipped never changes; a new schema is a new
/// migration appended here and described in docs/history.md. A file whose
/// `grdb_migrations` names a migration missing here was written by a newer
/// mujun and is refused, never altered.
enum HistorySchema {
  /// `PRAGMA application_id` of a history file ("mujn" in ASCII, 1836411502), set by
  /// `v1`: it tells a mujun history from another program's SQLite database,
  /// which the store refuses rather than adding its tables to.
  static let applicationID: Int32 = 0x6D75_6A6E

  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: v1)
    return migrator
  }

  /// The migrations this build knows, in order.
  static var versions: [String] { migrator.migrations }

  /// v1: runs, their inputs, enterprises with their figures and indicators,
  /// benchmarks and corrections. Tables keyed by year first are WITHOUT
  /// ROWID so that a year's rows sit together and a rerun deletes a range.
  /// A figure or indicator row belongs to the enterprise row of the same
  /// year and code; that is not declared as a foreign key, which SQLite
  /// would check with a lookup for each of a year's millions of rows: the
  /// store writes and deletes them together, in one transaction.
  static func v1(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE run (
          year INTEGER PRIMARY KEY,
          recorded_at TEXT NOT NULL,
          rule_set_id TEXT NOT NULL,
          rule_set_version TEXT NOT NULL,
          rule_set_sha256 TEXT NOT NULL
        );
        CREATE TABLE input (
          year INTEGER NOT NULL REFERENCES run(year),
          file TEXT NOT NULL,
          sha256 TEXT NOT NULL
        );
        CREATE INDEX input_by_year ON input(year);
        CREATE TABLE enterprise (
          year INTEGER NOT NULL REFERENCES run(year),
          code TEXT NOT NULL,
          name TEXT,
          track TEXT NOT NULL,
          area_mu REAL NOT NULL,
          score REAL,
          class TEXT,
          rank INTEGER,
          rank_of INTEGER,
          group_name TEXT,
          exemption TEXT,
          veto TEXT,
          PRIMARY KEY (year, code)
        ) WITHOUT ROWID;
        CREATE INDEX enterprise_by_code ON enterprise(code, year);
        CREATE TABLE figure (
          year INTEGER NOT NULL,
          code TEXT NOT NULL,
          field TEXT NOT NULL,
          value REAL,
          source TEXT,
          PRIMARY KEY (year, code, field)
        ) WITHOUT ROWID;
        CREATE TABLE indicator (
          year INTEGER NOT NULL,
          code TEXT NOT NULL,
          name TEXT NOT NULL,
          value REAL,
          PRIMARY KEY (year, code, name)
        ) WITHOUT ROWID;
        CREATE TABLE benchmark (
          year INTEGER NOT NULL REFERENCES run(year),
          scheme TEXT NOT NULL,
          group_name TEXT NOT NULL,
          indicator TEXT NOT NULL,
          value REAL NOT NULL,
          basis TEXT NOT NULL,
          PRIMARY KEY (year, scheme, group_name, indicator)
        ) WITHOUT ROWID;
        CREATE TABLE correction (
          id INTEGER PRIMARY KEY,
          year INTEGER NOT NULL,
          code TEXT NOT NULL,
          field TEXT NOT NULL,
          old_value REAL,
          new_value REAL,
          reason TEXT NOT NULL,
          document TEXT NOT NULL,
          applied_on TEXT NOT NULL,
          source TEXT NOT NULL
        );
        CREATE INDEX correction_by_code ON correction(code, year);
        CREATE INDEX correction_by_year ON correction(year);
        PRAGMA application_id = 1836411502;
        """)
  }
}
