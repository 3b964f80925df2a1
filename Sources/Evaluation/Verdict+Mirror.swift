extension Verdict: CustomReflectable {
  /// The parts, in the order they are declared, as a struct's are: a
  /// verdict prints (`String(describing:)`, `dump`) as it did when they
  /// were stored in it rather than in ``Storage``.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "parcel": parcel as Any, "status": status, "year": year as Any, "ruleSet": ruleSet,
        "location": location, "summary": summary as Any, "indicators": indicators,
        "findings": findings, "errors": errors, "notes": notes, "scoring": scoring as Any,
        "contract": contract as Any, "pendingScoring": pendingScoring as Any,
        "customIndicators": customIndicators, "customFindings": customFindings,
      ],
      displayStyle: .struct)
  }
}
