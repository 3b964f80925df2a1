// swift-tools-version: 6.1
// libFuzzer targets for mujun, in a package of their own so that the main
// build and CI never build them. Build and run with Fuzz/run.sh (README.md).
import PackageDescription

let fuzzTarget: [SwiftSetting] = [
  // The file defines LLVMFuzzerTestOneInput; libFuzzer brings main().
  .unsafeFlags(["-parse-as-library"])
]

let package = Package(
  name: "mujun-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "mujun", path: "..")
  ],
  targets: [
    // Bytes as a land-record file: read, decoded and evaluated on one
    // thread and in small chunks; the two must agree byte for byte.
    .executableTarget(
      name: "FuzzRecords",
      dependencies: [.product(name: "MujunLibraries", package: "mujun")],
      path: "Targets/FuzzRecords",
      swiftSettings: fuzzTarget
    ),
    // Bytes as a rule-set file: loaded (with its base chain), validated
    // against the schema and, when it loads, applied to a sample file.
    .executableTarget(
      name: "FuzzRuleSet",
      dependencies: [.product(name: "MujunLibraries", package: "mujun")],
      path: "Targets/FuzzRuleSet",
      swiftSettings: fuzzTarget
    ),
    // Bytes as an expression (`when=`, `expr=`): compiled against the
    // names a rule set sees, and evaluated on three sets of inputs.
    .executableTarget(
      name: "FuzzExpressions",
      dependencies: [.product(name: "MujunLibraries", package: "mujun")],
      path: "Targets/FuzzExpressions",
      swiftSettings: fuzzTarget
    ),
    // Bytes as a department's data file: CSV (three encodings), a file
    // named .xlsx, and the sheet, shared strings or workbook part of a
    // sound workbook; every problem placed, every row in bounds.
    .executableTarget(
      name: "FuzzTables",
      dependencies: [.product(name: "MujunLibraries", package: "mujun")],
      path: "Targets/FuzzTables",
      swiftSettings: fuzzTarget
    ),
  ],
  swiftLanguageModes: [.v6]
)
