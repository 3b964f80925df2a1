import Testing
import XMLStream

@testable import Evaluation

@Suite struct ParcelIDTableTests {
  func at(_ line: Int, _ column: Int) -> XMLStream.SourceLocation {
    XMLStream.SourceLocation(file: "in.xml", line: line, column: column)
  }

  @Test func aRepeatedIDGivesItsFirstLocation() {
    var table = ParcelIDTable(file: "in.xml")
    #expect(table.claim("510115-2015-GY-0000000", at: at(3, 3)) == nil)
    #expect(table.claim("510115-2015-GY-0000001", at: at(30, 3)) == nil)
    #expect(table.claim("510115-2015-GY-0000000", at: at(57, 3)) == at(3, 3))
    // The first use stays the one reported, however often the id comes.
    #expect(table.claim("510115-2015-GY-0000000", at: at(84, 3)) == at(3, 3))
    #expect(table.count == 2)
  }

  /// A hash that gives every id the same value: each lookup collides with
  /// every id before it, and only the byte-for-byte check tells them apart.
  @Test func idsWhoseHashesCollideAreNotDuplicates() {
    var table = ParcelIDTable(file: "in.xml", hash: { _ in 0x1234_5678_9ABC_DEF0 })
    let ids = (0..<600).map { "P-\($0)" }
    for (index, id) in ids.enumerated() {
      #expect(table.claim(id, at: at(index + 1, 3)) == nil, "\(id) is new")
    }
    // A true duplicate among them is still found, with its first line.
    #expect(table.claim("P-599", at: at(5000, 3)) == at(600, 3))
    #expect(table.claim("P-0", at: at(5001, 3)) == at(1, 3))
    // An id that is a prefix of another is a different id.
    #expect(table.claim("P-", at: at(5002, 3)) == nil)
  }

  /// Enough ids that the table grows many times and its spill is written
  /// to the temporary file in many blocks, then read back to rehash.
  @Test func everyIDOfALargeRunIsKeptWithItsLocation() {
    var table = ParcelIDTable(file: "in.xml")
    let count = 20_000
    var taken = 0
    for index in 0..<count
    where table.claim("510115-2015-GY-\(index)", at: at(index * 27 + 3, 3 + index % 5)) != nil {
      taken += 1
    }
    #expect(taken == 0)
    for index in stride(from: 0, to: count, by: 997) {
      let first = table.claim("510115-2015-GY-\(index)", at: at(1, 1))
      #expect(first == at(index * 27 + 3, 3 + index % 5))
    }
    #expect(table.count == count)
    // 8 bytes a slot, 4 slots per 3 ids at the most before growing, and
    // twice that just after: 2^15 slots for 20k ids (20k > 3/4 of 2^14),
    // 256 KB, plus the spill's write buffer (64 KB, up to 128 KB once its
    // array has grown past it) = 384 KB at most, under 24 bytes an id. A
    // `[String: SourceLocation]` took about 130 bytes an id this long.
    #expect(table.bytesInMemory <= 24 * count)
  }

  /// Ids beyond ASCII, and a long one, read back whole.
  @Test func idsOfAnyLengthAndScriptReadBack() {
    var table = ParcelIDTable(file: "in.xml")
    let long = String(repeating: "宗地", count: 40_000)
    #expect(table.claim("成都-1", at: at(2, 3)) == nil)
    #expect(table.claim(long, at: at(9, 3)) == nil)
    #expect(table.claim("成都-1", at: at(20, 3)) == at(2, 3))
    #expect(table.claim(long, at: at(21, 3)) == at(9, 3))
  }
}
