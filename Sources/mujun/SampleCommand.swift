import ArgumentParser
import Reports
import SampleData

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Write synthetic land records (format v1) for demos, tests and benchmarks.",
    discussion: """
      Chengdu's districts, a realistic sector mix, log-normal money figures, three \
      performance years, buildings with and without tall halls, contracts with some broken \
      clauses and some idle land. The same seed gives the same bytes.

      With --firms, the parcels are held by firms with credit codes (valid check \
      characters): some firms hold two or three parcels, some parcels have tenants renting \
      floor area or land. --data-dir also writes the departments' files for those firms \
      for 2024: tax.csv (GB18030, tax in 元 with thousands separators), stats.csv (UTF-8 \
      with a byte-order mark) and power.csv (UTF-8), about one row per firm each, a few \
      for firms with no land; give them to 'mujun evaluate --data'.

      Examples:
        mujun sample --parcels 1000 --out demo.xml
        mujun sample --parcels 1000000 --seed 42 --broken-share 0.01 --out province.xml
        mujun sample --parcels 20000 --firms --data-dir county-data --out county.xml
      """
  )

  @Option(help: ArgumentHelp("How many parcels to write.", valueName: "n"))
  var parcels: Int

  @Option(help: ArgumentHelp("The random seed (default 1).", valueName: "s"))
  var seed: UInt64 = 1

  @Option(
    name: .customLong("broken-share"),
    help: ArgumentHelp(
      "The share of records (0 to 1) given one defect that gets them rejected.",
      discussion: "Example: --broken-share 0.01", valueName: "share"))
  var brokenShare: Double = 0

  @Option(help: ArgumentHelp("Where to write ('-' or absent: standard output).", valueName: "path"))
  var out: String = "-"

  @Flag(
    help: ArgumentHelp(
      "Parcels held by firms with credit codes, some holding several parcels; some parcels with tenants."
    ))
  var firms = false

  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Also write the departments' files for the firms (tax.csv, stats.csv, power.csv) into this folder, made if missing. Implies --firms.",
      discussion: "Example: --data-dir county-data", valueName: "folder"))
  var dataDirectory: String?

  /// Whether the run's parcels are held by firms.
  var withFirms: Bool { firms || dataDirectory != nil }

  /// The data files' paths, in the order of ``DepartmentSample/File``.
  var dataPaths: [String] {
    guard let dataDirectory else { return [] }
    let folder = dataDirectory.hasSuffix("/") ? dataDirectory : dataDirectory + "/"
    return DepartmentSample.File.allCases.map { folder + $0.fileName }
  }

  func validate() throws {
    guard parcels >= 0 else { throw ValidationError("--parcels must be 0 or more") }
    guard (0...1).contains(brokenShare) else {
      throw ValidationError("--broken-share must be between 0 and 1, e.g. 0.01")
    }
    if withFirms, parcels > SampleGenerator.maxParcelsWithFirms {
      throw ValidationError(
        "--firms gives each firm its own credit code for at most \(SampleGenerator.maxParcelsWithFirms) parcels; give fewer --parcels"
      )
    }
    if dataDirectory?.isEmpty == true {
      throw ValidationError("--data-dir needs a folder, e.g. --data-dir county-data")
    }
    if let problem = outputPlan.problems().first { throw ValidationError(problem) }
  }

  /// The outputs, which must be distinct files. Checked again once the
  /// data folder exists: before, a file in it has no identity to compare.
  var outputPlan: OutputPlan {
    var plan = OutputPlan()
    plan.write("--out", out)
    for path in dataPaths { plan.write("--data-dir", path) }
    return plan
  }

  func run() throws {
    let generator = SampleGenerator(
      parcels: parcels, seed: seed, brokenShare: brokenShare, firms: withFirms)
    if let dataDirectory, mkdir(dataDirectory, 0o755) != 0, errno != EEXIST {
      StandardError.write(
        "\(dataDirectory): error: cannot write: the folder cannot be made (\(String(cString: strerror(errno))))"
      )
      throw ExitCode.failure
    }
    if let problem = outputPlan.problems().first {
      StandardError.write("mujun sample: \(problem)")
      throw ExitCode(64)
    }
    do {
      let file = try OutputFile(path: out)
      let dataFiles = try dataPaths.map { path throws(OutputError) in try OutputFile(path: path) }
      file.write(generator.header())
      for index in 0..<parcels {
        file.write(generator.record(index))
        // A full disk stops the run when it happens, not at the end.
        if let failure = file.failure { throw failure }
      }
      file.write(generator.footer())
      if !dataFiles.isEmpty {
        try writeData(generator, to: dataFiles)
      }
      try OutputFile.close([file] + dataFiles)
    } catch let error as OutputError {
      StandardError.write(error.description)
      throw ExitCode.failure
    } catch {
      // The GB18030 converter is missing (DepartmentSample.Failure).
      StandardError.write("\(dataPaths.first ?? out): error: cannot write: \(error)")
      throw ExitCode.failure
    }
  }

  /// Streams the department files; a full disk stops it when it happens
  /// (an ``OutputError``), a system without GB18030 before it starts (a
  /// ``DepartmentSample/Failure``).
  func writeData(_ generator: SampleGenerator, to files: [OutputFile]) throws {
    var failure: OutputError?
    try DepartmentSample(generator).write { kind, bytes in
      guard let index = DepartmentSample.File.allCases.firstIndex(of: kind) else { return false }
      files[index].write(bytes: bytes)
      failure = files[index].failure
      return failure == nil
    }
    if let failure { throw failure }
  }
}
