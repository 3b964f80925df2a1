import GRDB

/// What an opened SQLite file is, as far as the history is concerned; read
/// before anything is written to it, so that a file the store refuses is
/// never altered.
enum HistoryFileState: Equatable {
  /// A history whose every migration this build knows and has applied.
  case current
  /// An empty database, or a history this build has migrations for.
  case behind
  /// A history that names migrations this build does not know (sorted).
  case newer([String])
  /// A database with tables but without the history's application id.
  case foreign

  init(_ db: Database) throws {
    let tables =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
    let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
    if tables > 0 && applicationID != HistorySchema.applicationID {
      self = .foreign
      return
    }
    let migrator = HistorySchema.migrator
    let known = Set(migrator.migrations)
    let unknown = try migrator.appliedIdentifiers(db).subtracting(known)
    if !unknown.isEmpty {
      self = .newer(unknown.sorted())
    } else if try migrator.hasCompletedMigrations(db) {
      self = .current
    } else {
      self = .behind
    }
  }
}
