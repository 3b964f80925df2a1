public import Evaluation

/// The batch report (`mujun evaluate … --html`): add each verdict as it
/// streams past, then render one self-contained HTML page. Only aggregates
/// and bounded lists are kept (``HTMLBatchAggregate``).
public struct HTMLBatchReport: Sendable {
  public var context: HTMLReportContext
  public private(set) var aggregate = HTMLBatchAggregate()

  public init(context: HTMLReportContext) {
    self.context = context
  }

  public mutating func add(_ verdict: Verdict) {
    aggregate.add(verdict)
  }

  /// Adds the run's enterprise verdicts, for the page's enterprise section
  /// (there only when some were added). `previousClasses` is last year's
  /// class by credit code (`A`–`D`, `T`), from the history; when given,
  /// the section counts the firms that moved up, down, stayed or are new.
  /// May be called more than once; only counts and a bounded list are kept.
  public mutating func addEnterprises(
    _ verdicts: [EnterpriseVerdict], previousClasses: [String: String] = [:]
  ) {
    aggregate.addEnterprises(verdicts, previousClasses: previousClasses)
  }

  /// The page, rendered with `templates` (the built-in ones by default).
  public func render(with templates: HTMLTemplates? = nil) throws(HTMLTemplateError) -> String {
    let library = templates ?? HTMLTemplates.builtIn()
    return try library.render(HTMLBatchPage(aggregate, context: context), template: "batch-report")
  }
}
