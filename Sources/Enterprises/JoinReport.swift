public import XMLStream

/// How the land records and the department files met, code by code
/// (records.md 1.1): what a data clerk checks before the lists are
/// published.
public struct JoinReport: Sendable {
  /// A credit code and where it was first met.
  public struct Sighting: Sendable, Hashable {
    public var code: String
    public var source: String

    public init(code: String, source: String) {
      self.code = code
      self.source = source
    }
  }

  /// One enterprise's names, where they differ between sources.
  public struct Names: Sendable, Hashable {
    public var code: String
    public var names: [EnterpriseIssue]
  }

  /// A rejected record and a firm that loses its land.
  public struct LostLand: Sendable, Hashable {
    public var code: String
    public var parcel: String?
    public var location: SourceLocation
  }

  public var year: Int
  /// Whether department files were given (else "no data" lists are empty).
  public var hadData: Bool
  public var enterprises = 0
  /// Enterprises that hold land; that only rent; that are only in data files.
  public var holders = 0
  public var tenantsOnly = 0
  public var dataOnly = 0
  /// Enterprises named only by rejected records (their land is not
  /// counted, and no data file names them).
  public var rejectedOnly = 0
  /// Codes in the data files (for the year) with no land in the records.
  public var codesWithoutLand: [Sighting] = []
  /// Enterprises with land in the records and no row in any data file.
  public var landWithoutData: [Sighting] = []
  /// Codes whose name differs between the records and the files, or
  /// between files.
  public var differentNames: [Names] = []
  /// Parcels whose holder has no credit code: no enterprise's land.
  public var landWithoutCode: [FirmLand] = []
  /// Rejected records, and each firm that loses their land.
  public var lostLand: [LostLand] = []
  /// Codes that fail their check (records or files): each its own
  /// enterprise, with errors, never merged into another.
  public var badCodes: [EnterpriseIssue] = []
  /// Every problem of the data files: bad cells, duplicate rows,
  /// conflicting files, headers; in file order.
  public var problems: [DataProblem] = []
  /// Data rows of other years than the evaluated one (not used).
  public var rowsOfOtherYears = 0

  public init(year: Int, hadData: Bool) {
    self.year = year
    self.hadData = hadData
  }

  /// Errors among ``problems``.
  public var dataErrors: Int { problems.count { $0.severity == .error } }
}
