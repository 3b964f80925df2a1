import Foundation

/// A part's compressed bytes handed to ZIPFoundation's inflater in chunks
/// of exactly the size it asks for, the last one padded with zeros, and an
/// error when it asks for more after the last (``XLSXPackage``'s inflate
/// says why).
struct CompressedFeed {
  let bytes: ArraySlice<UInt8>
  private var read: Int

  init(bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    read = bytes.startIndex
  }

  mutating func next(_ size: Int) throws(XLSXPackage.Stop) -> Data {
    // Apple's path asks for 0 bytes once all are given; Linux's always
    // asks for a full buffer.
    guard size > 0 else { return Data() }
    guard read < bytes.endIndex else { throw XLSXPackage.Stop(failure: .damaged) }
    let next = bytes.index(read, offsetBy: min(size, bytes.endIndex - read))
    var chunk = bytes[read..<next].withUnsafeBytes { Data($0) }
    read = next
    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
    return chunk
  }
}
