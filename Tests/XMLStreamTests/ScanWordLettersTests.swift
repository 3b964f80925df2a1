import Testing

@testable import XMLStream

@Suite struct ScanWordLettersTests {
  static func isLetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  @Test func everyByteInEveryPlaceIsMarkedExactlyWhenItIsALetter() {
    // Each of the 256 values in each of the eight places, among bytes that
    // are letters, and among bytes that are not (so that a mark cannot come
    // from a neighbour).
    for fill: UInt8 in [0x61, 0x5A, 0x20, 0xFF, 0x7B, 0x40] {
      for place in 0..<8 {
        for value in 0...255 {
          var bytes = [UInt8](repeating: fill, count: 8)
          bytes[place] = UInt8(value)
          let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.1) << (8 * $1.0) }
          let marks = ScanWord.letters(word)
          for index in 0..<8 {
            let marked = (marks >> (8 * index + 7)) & 1 == 1
            #expect(marked == Self.isLetter(bytes[index]), "byte \(bytes[index]) at \(index)")
            #expect((marks >> (8 * index)) & 0x7F == 0)
          }
        }
      }
    }
  }
}
