import Testing

@testable import Tables

/// The chunks the inflater is fed: exactly the size it asks for (ZIPFoundation
/// 0.9.20 tells zlib the chunk holds that much), then an error.
@Suite struct CompressedFeedTests {
  @Test func chunksAreTheSizeAskedForThePaddedLastThenAnError() throws {
    // Five bytes asked for four at a time: 1 2 3 4, then 5 and three zeros.
    var feed = CompressedFeed(bytes: [9, 1, 2, 3, 4, 5, 9][1..<6])
    #expect(Array(try feed.next(4)) == [1, 2, 3, 4])
    #expect(Array(try feed.next(4)) == [5, 0, 0, 0])
    #expect(throws: XLSXPackage.Stop.self) { try feed.next(4) }
  }

  @Test func askedForNothingItGivesNothing() throws {
    var feed = CompressedFeed(bytes: [1, 2][...])
    #expect(try feed.next(0).isEmpty)
    #expect(Array(try feed.next(2)) == [1, 2])
  }
}
