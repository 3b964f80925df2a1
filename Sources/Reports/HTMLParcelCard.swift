public import Evaluation
import Land
public import Rules
import XMLStream

/// The parcel card (`mujun check … --html`): one verdict on one page, each
/// checked indicator as a bar with its bound marked, pass or fail said by
/// icon and word as well as colour, and the finding's sentence and rule row.
public struct ParcelCard: Sendable {
  public var verdict: Verdict
  public var ruleSet: RuleSet
  public var language: HTMLLanguage
  /// When the card was made, shown only when asked for (`--stamp`).
  public var stamp: String?

  public init(
    verdict: Verdict, ruleSet: RuleSet, language: HTMLLanguage? = nil, stamp: String? = nil
  ) {
    self.verdict = verdict
    self.ruleSet = ruleSet
    self.language = language ?? .preferred(forLocale: ruleSet.metadata.locale)
    self.stamp = stamp
  }

  /// The page, rendered with `templates` (the built-in ones by default).
  public func render(with templates: HTMLTemplates? = nil) throws(HTMLTemplateError) -> String {
    let library = templates ?? HTMLTemplates.builtIn()
    return try library.render(HTMLCardPage(self), template: "parcel-card")
  }
}
