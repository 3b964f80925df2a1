extension ExpressionError {
  /// The message as a compiler prints it: the location, the expression,
  /// and a caret under the spot:
  ///
  /// ```
  /// rules.xml:12:40: error: unknown name `enrgy`; did you mean `energy`?
  ///     tax / enrgy
  ///           ^~~~~
  /// ```
  ///
  /// `line` and `column` are where the expression's first character is in
  /// `file` (1-based, columns in characters); the reported column adds
  /// ``offset``. Tabs and line breaks in the echoed text print as spaces so
  /// the caret stays under the spot.
  public func rendered(source: String, file: String, line: Int, column: Int) -> String {
    "\(file):\(line):\(column + offset): error: \(message)\n" + excerpt(of: source)
  }

  /// The expression and the caret line, each indented by four spaces.
  public func excerpt(of source: String) -> String {
    let text = String(source.map { $0.isWhitespace ? " " : $0 })
    let caret =
      String(repeating: " ", count: offset) + "^" + String(repeating: "~", count: length - 1)
    return "    \(text)\n    \(caret)"
  }
}
