import Testing

@testable import Evaluation

/// The pipeline hands elements out last first after reversing a batch, so
/// a wrong reversal would put verdicts out of input order.
@Suite struct ReverseByMovingTests {
  @Test(arguments: [0, 1, 2, 5, 128])
  func reversesEveryElementOnce(count: Int) {
    var elements = (0..<count).map { "record \($0)" }
    elements.reverseByMoving()
    #expect(elements == (0..<count).reversed().map { "record \($0)" })
  }
}
