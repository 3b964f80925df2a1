/// The departments' data files for the firms of a synthetic run with firms
/// (`mujun sample --firms --data-dir DIR`, records.md 1.1, "Department
/// data files"), as the offices save them:
///
/// - `tax.csv`: the tax bureau's, as Excel in China saves CSV: GB18030,
///   CRLF, tax paid in 元 with thousands separators (`"1,234,567.89"`);
/// - `stats.csv`: the statistics bureau's, UTF-8 with a byte-order mark,
///   CRLF: value added, revenue, headcount, R&D, energy (规上 firms) and
///   规模;
/// - `power.csv`: the power company's, UTF-8, LF: electricity in kWh.
///
/// About one row per firm in each (98%, 95% and 92% of the firms of
/// 2024: holders, and tenants whose lease is in force in 2024), and about
/// 2% of rows for firms with no land in the records. Figures scale with
/// the firm's land; they are the departments' own, not the records' sums.
/// Deterministic: the rows of a block of parcels depend only on the seed
/// and the block, and the files come out block by block.
public struct DepartmentSample: Sendable {
  public enum File: CaseIterable, Sendable {
    case tax
    case stats
    case power

    public var fileName: String {
      switch self {
      case .tax: "tax.csv"
      case .stats: "stats.csv"
      case .power: "power.csv"
      }
    }
  }

  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The system's iconv cannot write GB18030.
    case noGB18030

    public var description: String {
      switch self {
      case .noGB18030:
        "the system's iconv cannot write GB18030 (tax.csv): install the C library's GB18030 converter (glibc's gconv modules)"
      }
    }
  }

  public let generator: SampleGenerator

  public init(_ generator: SampleGenerator) {
    self.generator = generator
  }

  /// Writes the three files, each from its first byte, in chunks of some
  /// hundred kilobytes: `sink(file, bytes)`. A sink that returns false
  /// (its disk is full) stops the writing.
  public func write(_ sink: (File, [UInt8]) -> Bool) throws(Failure) {
    guard let gb18030 = GB18030Encoder() else { throw .noGB18030 }
    var texts: [File: String] = [
      .tax: Self.line(["统一社会信用代码", "纳税人名称", "年度", "实缴税金(元)"], end: "\r\n"),
      .stats: "\u{FEFF}"
        + Self.line(
          [
            "统一社会信用代码", "企业名称", "年度", "工业增加值（万元）", "营业收入（万元）", "年平均从业人员",
            "研发经费支出（万元）", "综合能耗（吨标准煤）", "规模",
          ], end: "\r\n"),
      .power: Self.line(["统一社会信用代码", "企业名称", "年度", "用电量(千瓦时)"], end: "\n"),
    ]
    func flush(_ file: File, atLeast size: Int) throws(Failure) -> Bool {
      guard let text = texts[file], text.utf8.count >= size, !text.isEmpty else { return true }
      texts[file] = ""
      let bytes: [UInt8]
      if file == .tax {
        guard let encoded = gb18030.encode(text) else { throw .noGB18030 }
        bytes = encoded
      } else {
        bytes = Array(text.utf8)
      }
      return sink(file, bytes)
    }
    let blocks = (generator.parcels + FirmGroups.blockSize - 1) / FirmGroups.blockSize
    for block in 0..<blocks {
      for entry in firms(ofBlock: block) {
        let rows = FirmRows(entry.firm, land: entry.mu, seed: generator.seed)
        for file in File.allCases {
          if let line = rows.line(file) { texts[file, default: ""] += line }
        }
      }
      for file in File.allCases {
        guard try flush(file, atLeast: 1 << 18) else { return }
      }
    }
    for file in File.allCases {
      guard try flush(file, atLeast: 1) else { return }
    }
  }

  /// The firms of 2024 whose rows come with `block`, with their land in
  /// mu: the block's holders (the parcels of their group in the run), its
  /// parcels' tenants in force in 2024 (their share of the parcel), and,
  /// for about one block in seven, a firm without land.
  func firms(ofBlock block: Int) -> [(firm: SampleFirm, mu: Double)] {
    let seed = generator.seed
    let parcels = generator.parcels
    func mu(_ index: Int) -> Double {
      ParcelBasics(seed: seed, index: index, brokenShare: generator.brokenShare).mu
    }
    var firms: [(firm: SampleFirm, mu: Double)] = []
    for group in FirmGroups.groups(block: block, seed: seed) where group.first < parcels {
      let held = group.first..<min(group.first + group.count, parcels)
      firms.append((.holder(firstParcel: group.first), held.reduce(0) { $0 + mu($1) }))
    }
    let start = block * FirmGroups.blockSize
    for index in start..<min(start + FirmGroups.blockSize, parcels) {
      for tenant in SampleTenant.tenants(ofParcel: index, seed: seed) where tenant.isInForce {
        firms.append((tenant.firm, tenant.share * mu(index)))
      }
    }
    var rng = SplitMix64(seed: seed ^ Self.dataOnlySalt, index: block)
    if rng.chance(0.15) { firms.append((.dataOnly(block: block), 0)) }
    return firms
  }

  /// Mixed into the seed for the firms without land.
  static let dataOnlySalt: UInt64 = 0x6461_7461_5F6F_6E6C

  /// Cells joined by commas, quoted where they hold a comma or a quote.
  static func line(_ cells: [String], end: String) -> String {
    cells.map { cell in
      cell.contains(",") || cell.contains("\"")
        ? "\"" + cell.replacing("\"", with: "\"\"") + "\"" : cell
    }.joined(separator: ",") + end
  }
}
