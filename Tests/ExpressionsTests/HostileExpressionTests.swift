import Expressions
import Testing

/// Rule sets are input, and input is hostile: whatever the text, compiling
/// either succeeds or gives an error that points inside it (or just past
/// its end), and evaluating never traps.
@Suite struct HostileExpressionTests {
  /// Deterministic pseudo-random texts built from the language's pieces.
  private static func texts(count: Int) -> [String] {
    let pieces = [
      "tax", "energy", "areaMu", "scale", "granted", "listed", "1", "0", "2.5", "\"a\"", "\"", "(",
      ")", "[", "]", ",", "+", "-", "*", "/", "==", "!=", "<", ">=", "and", "or", "not", "in",
      "true", "min(", "round(", "years(", "date(\"2020-01-01\")", " ", "&", "=", "é", "规",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var result: [String] = []
    for _ in 0..<count {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 59) + 1
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count] + " "
      }
      result.append(text)
    }
    return result
  }

  @Test func errorsPointInsideTheText() {
    let values: [String: ExpressionValue] = [
      "tax": .number(0), "energy": .number(0), "areaMu": .number(3), "scale": .string("a"),
      "listed": .boolean(true),
    ]
    for text in Self.texts(count: 3000) {
      do {
        let compiled = try CompiledExpression(text, in: TestEnvironment.environment)
        let inputs = ExpressionInputs(TestEnvironment.environment) { variable in
          values[variable.name].map { .value($0) } ?? .noData(reason: "missing")
        }
        if case .value(.number(let n)) = compiled.evaluate(inputs) { #expect(n.isFinite) }
      } catch {
        #expect(error.offset >= 0 && error.offset <= text.count, "\(text)")
        #expect(!error.message.isEmpty)
      }
    }
  }

  @Test func deeplyNestedNotsAndMinusesAreRefusedNotOverflowed() throws {
    for piece in ["not ", "-", "(", "min(1, "] {
      let text = String(repeating: piece, count: 100) + "1"  // within 1000 characters
      let error = try #require(TestEnvironment.error(text))
      #expect(error.code == .tooDeep)
    }
  }
}
