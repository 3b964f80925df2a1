import Testing

@testable import Evaluation

/// Messages are written into a String of their final size: the parts in
/// order, numbers as `NumberText.format` shows them.
@Suite struct MessageTextTests {
  @Test func partsAndNumbersInOrder() {
    let bounds = "the minimum 1 for sector C292 (cn-national-2008.xml:39)"
    let text = MessageText.make(capacity: 64 + NumberText.maximumLength + bounds.utf8.count) {
      $0.append("plotRatio")
      $0.append(" ")
      $0.append(number: 1.2383858267716537)
      $0.append(" meets ")
      $0.append(bounds)
    }
    #expect(text == "plotRatio 1.2384 meets " + bounds)
  }

  @Test func exactCapacityAndEmptyParts() {
    #expect(MessageText.joined("容积率", "", " 0.7", "–", "3") == "容积率 0.7–3")
    #expect(MessageText.joined() == "")
    #expect(MessageText.joined("a") == "a")
    // A long message, on the heap.
    let long = String(repeating: "plot ratio ", count: 20)
    #expect(MessageText.joined(long, long) == long + long)
  }

  @Test func numbersThatNeedDescription() {
    let text = MessageText.make(capacity: 3 * NumberText.maximumLength) {
      $0.append(number: 1e20)
      $0.append(number: -.greatestFiniteMagnitude)
      $0.append(number: .nan)
    }
    #expect(text == "1e+20" + (-Double.greatestFiniteMagnitude).description + "nan")
  }
}
