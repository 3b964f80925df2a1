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

  /// The page, rendered with `templates` (the built-in ones by default).
  public func render(with templates: HTMLTemplates? = nil) throws(HTMLTemplateError) -> String {
    let library = templates ?? HTMLTemplates.builtIn()
    return try library.render(HTMLBatchPage(aggregate, context: context), template: "batch-report")
  }
}
