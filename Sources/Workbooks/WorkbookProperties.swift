/// The document properties Excel and WPS show under File › Info
/// (`docProps/core.xml` and `docProps/app.xml`).
public struct WorkbookProperties: Sendable, Hashable {
  public var title: String
  /// The author (`dc:creator`), e.g. the bureau that publishes the lists.
  public var author: String
  public var company: String
  /// When the document was made. Given by the caller, never the clock:
  /// the same inputs then give the same bytes.
  public var created: WorkbookDate

  public init(title: String = "", author: String = "", company: String = "", created: WorkbookDate)
  {
    self.title = title
    self.author = author
    self.company = company
    self.created = created
  }
}
