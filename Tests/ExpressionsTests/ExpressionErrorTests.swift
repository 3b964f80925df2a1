import Expressions
import Testing

/// The messages a rule-set author sees for a bad expression, carets included.
@Suite struct ExpressionErrorTests {
  /// Renders the error of `source` as if the expression began at rules.xml:12:34.
  private func rendered(_ source: String, expecting: ExpressionType? = nil) -> String? {
    TestEnvironment.error(source, expecting: expecting)?
      .rendered(source: source, file: "rules.xml", line: 12, column: 34)
  }

  @Test func unknownNameSuggestsTheNearest() {
    // `enrgy` starts at offset 6: column 34 + 6 = 40.
    #expect(
      rendered("tax / enrgy") == """
        rules.xml:12:40: error: unknown name `enrgy`; did you mean `energy`?
            tax / enrgy
                  ^~~~~
        """)
  }

  @Test func unknownNameWithNothingNear() {
    #expect(
      rendered("height > 3") == """
        rules.xml:12:34: error: unknown name `height`
            height > 3
            ^~~~~~
        """)
  }

  @Test func addingAStringToANumber() {
    #expect(
      rendered("areaMu + \"x\"") == """
        rules.xml:12:43: error: `+` on its right needs a number, but this is a string
            areaMu + "x"
                     ^~~
        """)
  }

  @Test func comparingAStringWithANumber() {
    #expect(
      rendered("scale == 3") == """
        rules.xml:12:34: error: `==` cannot compare a string with a number; write both sides with the same type
            scale == 3
            ^~~~~~~~~~
        """)
  }

  @Test func wrongArity() {
    #expect(
      rendered("round(areaMu)") == """
        rules.xml:12:34: error: `round` takes 2 arguments, as in round(x, digits), but 1 was given
            round(areaMu)
            ^~~~~~~~~~~~~
        """)
    #expect(
      rendered("min(areaMu)") == """
        rules.xml:12:34: error: `min` takes at least 2 arguments, as in min(a, b, …), but 1 was given
            min(areaMu)
            ^~~~~~~~~~~
        """)
  }

  @Test func unclosedParenthesis() {
    #expect(
      rendered("(tax + energy") == """
        rules.xml:12:34: error: unclosed `(`; add `)` to close it
            (tax + energy
            ^
        """)
  }

  @Test func trailingGarbage() {
    #expect(
      rendered("tax energy") == """
        rules.xml:12:38: error: unexpected `energy` after the end of the expression; join it with an operator, `and` or `or`
            tax energy
                ^~~~~~
        """)
  }

  @Test func notOfANumber() {
    #expect(
      rendered("not 3") == """
        rules.xml:12:38: error: `not` needs a boolean (true or false), but this is a number
            not 3
                ^
        """)
  }

  @Test func tooDeep() throws {
    // 65 nested parentheses: the 65th, at offset 64, is one level too many.
    let source = String(repeating: "(", count: 65) + "1" + String(repeating: ")", count: 65)
    let error = try #require(TestEnvironment.error(source))
    #expect(error.code == .tooDeep)
    #expect(error.offset == 64)
    #expect(
      error.description == "1:65: error: the expression nests more than 64 levels deep; simplify it"
    )
    // 64 levels are allowed.
    let deepest = String(repeating: "(", count: 64) + "1" + String(repeating: ")", count: 64)
    #expect(TestEnvironment.error(deepest) == nil)
  }

  @Test func longChainsAreBoundedToo() throws {
    // 1+1+…: 64 additions make a tree 65 levels deep (the leaves count as one).
    let source = "1" + String(repeating: "+1", count: 64)
    let error = try #require(TestEnvironment.error(source))
    #expect(error.code == .tooDeep)
    #expect(TestEnvironment.error("1" + String(repeating: "+1", count: 63)) == nil)
  }

  @Test func tooLong() throws {
    let source = "1" + String(repeating: " ", count: 1000)
    let error = try #require(TestEnvironment.error(source))
    #expect(
      error.message
        == "the expression is 1001 characters long, over the limit of 1000; split it into custom indicators"
    )
  }

  @Test func wrongResultType() {
    #expect(
      rendered("tax / energy", expecting: .boolean) == """
        rules.xml:12:34: error: expected a boolean (true or false) here, but the expression is a number
            tax / energy
            ^~~~~~~~~~~~
        """)
  }

  @Test(arguments: [
    ("", "1:1: error: the expression is empty; write a value or a test"),
    ("tax +", "1:6: error: expected a value, but the expression ends here"),
    ("tax = 3", "1:5: error: unexpected character `=`; use `==` to compare"),
    ("listed && true", "1:8: error: unexpected character `&`; use `and`"),
    ("scale == \"below", "1:10: error: unterminated string; add `\"` to close it"),
    (
      "1 < areaMu < 3",
      "1:12: error: comparisons cannot be chained; join them with `and`, as in `a < b and b < c`"
    ),
    (
      "scale in \"below\"",
      "1:10: error: expected `[` after `in`, but found `\"below\"`; `in` takes a list such as [\"a\", \"b\"]"
    ),
    ("scale in []", "1:10: error: the list after `in` is empty; give at least one item"),
    (
      "scale in [\"a\", 3]",
      "1:16: error: each item of the list after `in` must be a string like the left side, but this is a number"
    ),
    (
      "sqrt(areaMu)",
      "1:1: error: unknown function `sqrt`; the functions are min, max, abs, round, years, date"
    ),
    (
      "years(granted, 2023)",
      "1:16: error: argument 2 of `years` must be a date, but this is a number"
    ),
    (
      "date(\"2023-02-30\") < granted",
      "1:6: error: `date` takes a date written out as \"YYYY-MM-DD\", such as date(\"2023-06-30\")"
    ),
    (
      "round(tax, areaMu)",
      "1:12: error: the digits of `round` must be a whole number from 0 to 10 written out, as in round(x, 2)"
    ),
    ("scale < \"c\"", "1:1: error: `<` compares numbers or dates, but this is a string"),
    (
      "listed and 1",
      "1:12: error: `and` on its right needs a boolean (true or false), but this is a number"
    ),
    ("-scale", "1:2: error: `-` needs a number, but this is a string"),
    ("max", "1:1: error: `max` is a function; call it with arguments: `max(…)`"),
    ("(tax + 1] ", "1:9: error: expected `)` to close the `(`, or an operator, but found `]`"),
    ("[1]", "1:1: error: a list can only follow `in`, as in `scale in [\"a\", \"b\"]`"),
    ("Scale == \"below\"", "1:1: error: unknown name `Scale`; did you mean `scale`?"),
  ])
  func messages(source: String, expected: String) {
    #expect(TestEnvironment.error(source)?.description == expected)
  }
}
