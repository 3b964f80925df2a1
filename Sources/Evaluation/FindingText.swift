/// A finding's sentence: written out, or, for a threshold the value meets,
/// kept as its parts (`plotRatio`, the value, ` meets the minimum 1 for
/// sector C (…)`) until the text is asked for. The JSON Lines writer puts
/// the parts into the line directly (`JSONWriter.message(_:)`), so the
/// sentence of a passing finding, most of them, is never made as a String.
///
/// Measured with callgrind (release, 10k parcels): `Evaluator.finding`
/// took 88 M instructions with each sentence made, 48 M with the parts
/// kept; the JSON lines, which now write the parts, 321 M and 337 M;
/// 3,520 M and 3,485 M in all (with `--csv` and `--html` too, 5,025 M and
/// 4,995 M).
public enum FindingText: Sendable {
  case written(String)
  /// `subject`, a space, `value` as ``NumberText/format(_:decimals:)``
  /// shows it, then `rest`.
  case meets(subject: String, value: Double, rest: String)

  /// The sentence.
  public var text: String {
    switch self {
    case .written(let text): return text
    case .meets(let subject, let value, let rest):
      let capacity = subject.utf8.count + 1 + NumberText.maximumLength + rest.utf8.count
      return MessageText.make(capacity: capacity) { text in
        text.append(subject)
        text.append(" ")
        text.append(number: value)
        text.append(rest)
      }
    }
  }
}
