/// Which firm holds each parcel of a run with firms: the parcels are cut
/// into blocks of ``blockSize``, and each block into groups of one to three
/// consecutive parcels (70%, 20%, 10%), each group held by one firm. A
/// parcel's firm is found from its block alone, so record *n* still depends
/// only on the seed and *n*, and the run's size changes no firm.
enum FirmGroups {
  static let blockSize = 8

  /// Mixed into the seed for the blocks' cuts.
  static let salt: UInt64 = 0x6669_726D_5F62_6C6B

  /// The groups of `block`: the first parcel of each and how many it has.
  static func groups(block: Int, seed: UInt64) -> [(first: Int, count: Int)] {
    var rng = SplitMix64(seed: seed ^ salt, index: block)
    var groups: [(first: Int, count: Int)] = []
    var slot = 0
    while slot < blockSize {
      let size = min(rng.pick([(1, 70), (2, 20), (3, 10)]), blockSize - slot)
      groups.append((block * blockSize + slot, size))
      slot += size
    }
    return groups
  }

  /// The firm holding parcel `index`.
  static func holder(ofParcel index: Int, seed: UInt64) -> SampleFirm {
    let group = groups(block: index / blockSize, seed: seed).last { $0.first <= index }
    return .holder(firstParcel: group?.first ?? index)
  }
}
