public import Evaluation
public import Rules

/// The one-firm sheet (一企一单): one enterprise's evaluation on one
/// printable A4 page, which the firm checks and signs before the classes
/// are published (企业填报 → 部门审核 → 企业确认 → 测算, `domain.md`). It
/// shows the firm's land with the record each parcel comes from, each
/// figure with its unit and source (corrected ones with the value they
/// replaced, the reason and the document), each scored item and
/// adjustment, the total, class and rank, earlier years, the notes and
/// errors, and a confirmation block to sign.
public struct EnterpriseSheet: Sendable {
  public var verdict: EnterpriseVerdict
  public var ruleSet: RuleSet
  /// Earlier years from the history, in any order; a year equal to the
  /// verdict's is replaced by the verdict's own figures.
  public var trend: [EnterpriseTrendYear]
  public var language: HTMLLanguage
  /// When the sheet was made, shown only when asked for (`--stamp`).
  public var stamp: String?
  /// The working days the firm has to object, printed in the
  /// confirmation block (Jining 2024 gives five, `domain.md`).
  public var objectionDays: Int

  public init(
    verdict: EnterpriseVerdict, ruleSet: RuleSet, trend: [EnterpriseTrendYear] = [],
    language: HTMLLanguage? = nil, stamp: String? = nil, objectionDays: Int = 5
  ) {
    self.verdict = verdict
    self.ruleSet = ruleSet
    self.trend = trend
    self.language = language ?? .preferred(forLocale: ruleSet.metadata.locale)
    self.stamp = stamp
    self.objectionDays = objectionDays
  }

  /// The page, rendered with `templates` (the built-in ones by default).
  public func render(with templates: HTMLTemplates? = nil) throws(HTMLTemplateError) -> String {
    let library = templates ?? HTMLTemplates.builtIn()
    return try library.render(HTMLSheetPage(self), template: "enterprise-sheet")
  }
}
