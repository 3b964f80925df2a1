// libFuzzer target: the input bytes are an expression (`when=` or a custom
// indicator's `expr=`), as a rule set would carry it.
//
// Compiling must either succeed or throw an error that points inside the
// text (or just past its end) with a message, and rendering that error
// with its caret must not trap. A compiled expression is evaluated with
// three sets of inputs (ordinary values, zeros, no data at all): it must
// never trap, never loop, and never give a number that is NaN or infinite
// (such results are no data with a reason). Any crash, hang or leak is a
// finding.
import Expressions

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let environment = ExpressionEnvironment([
  ExpressionVariable("tax", .number, mayBeNoData: true),
  ExpressionVariable("energy", .number, mayBeNoData: true),
  ExpressionVariable("areaMu", .number),
  ExpressionVariable("scale", .string),
  ExpressionVariable("sector", .string),
  ExpressionVariable("granted", .date, mayBeNoData: true),
  ExpressionVariable("completed", .date, mayBeNoData: true),
  ExpressionVariable("listed", .boolean),
])

/// Values by type: ordinary, then zero-like, then every name without data.
let inputSets: [ExpressionInputs] = [
  ExpressionInputs(environment) { variable in
    switch variable.type {
    case .number: .value(.number(variable.name == "energy" ? 40 : 1.0e300))
    case .string: .value(.string("C3981"))
    case .date: ExpressionDate(year: 2020, month: 2, day: 29).map { .value(.date($0)) }
      ?? .noData(reason: "date")
    case .boolean: .value(.boolean(true))
    }
  },
  ExpressionInputs(environment) { variable in
    switch variable.type {
    case .number: .value(.number(0))
    case .string: .value(.string(""))
    case .date: ExpressionDate(year: 1, month: 1, day: 1).map { .value(.date($0)) }
      ?? .noData(reason: "date")
    case .boolean: .value(.boolean(false))
    }
  },
  ExpressionInputs([]),
]

func fail(_ message: String) -> Never {
  print("FuzzExpressions: \(message)")
  fflush(nil)
  abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressions(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    let compiled = try CompiledExpression(text, in: environment)
    for inputs in inputSets {
      if case .value(.number(let n)) = compiled.evaluate(inputs), !n.isFinite {
        fail("non-finite number \(n) from \(text.debugDescription)")
      }
    }
  } catch {
    let count = text.count
    guard error.offset >= 0, error.offset <= count + 1, error.length >= 1 else {
      fail("error outside the text (\(error.offset), \(error.length)) for \(text.debugDescription)")
    }
    guard !error.message.isEmpty else { fail("empty message for \(text.debugDescription)") }
    _ = error.rendered(source: text, file: "rules.xml", line: 3, column: 7)
  }
  return 0
}
