// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "mujun",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "mujun", targets: ["mujun"]),
    // The libraries, for the micro-benchmarks in Benchmarks/Micro (a package of its own).
    .library(
      name: "MujunLibraries",
      targets: [
        "XMLStream", "Expressions", "Tables", "Land", "Enterprises", "Rules", "Evaluation",
        "Reports", "SampleData",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // libxml2 from the system (Debian: libxml2-dev). Only XMLStream imports it.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // libxlsxwriter from the system (Debian: libxlsxwriter-dev). Only Workbooks imports it.
    .systemLibrary(
      name: "CXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
    ),
    // Secure streaming XML reader, XSD validation, diagnostics. Knows nothing of land.
    .target(name: "XMLStream", dependencies: ["CLibXML2"], swiftSettings: swiftSettings),
    // A small typed expression language (custom indicators, conditions). Knows nothing of land.
    .target(name: "Expressions", swiftSettings: swiftSettings),
    // Tabular files (CSV in UTF-8 or GB18030, xlsx sheets) read into rows of cells that
    // know their place (file:row:column, file:Sheet!B17). Knows nothing of land.
    .target(
      name: "Tables",
      dependencies: ["XMLStream", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: swiftSettings
    ),
    // Value types of a land record, units, indicator formulas, record decoding.
    .target(name: "Land", dependencies: ["XMLStream"], swiftSettings: swiftSettings),
    // Rule sets: model, loading, validation, threshold lookup, inheritance.
    .target(
      name: "Rules",
      dependencies: [
        "XMLStream", "Land", "Expressions", .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: swiftSettings
    ),
    // Enterprises: credit codes, department data files, each firm's land (held and
    // rented) and figures joined by credit code, per-mu indicators, the join report.
    .target(
      name: "Enterprises", dependencies: ["XMLStream", "Land", "Tables"],
      swiftSettings: swiftSettings
    ),
    // Rules applied to parcels: findings, verdicts, the batch pipeline.
    .target(
      name: "Evaluation",
      dependencies: ["XMLStream", "Expressions", "Land", "Rules", "Enterprises"],
      swiftSettings: swiftSettings
    ),
    // Writers: JSON Lines, CSV, summary tables, HTML reports. The HTML templates are
    // embedded as Swift strings (HTMLTemplateResources.swift, Scripts/embed-all.sh) so the
    // binary works from any folder; the folder itself is not a SwiftPM resource.
    .target(
      name: "Reports",
      dependencies: [
        "Tables", "Land", "Rules", "Enterprises", "Evaluation", "Workbooks",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Templates"],
      swiftSettings: swiftSettings
    ),
    // xlsx workbooks written with libxlsxwriter: sheets of titled, headed rows of cells,
    // frozen headers, column widths that fit Chinese text. Knows nothing of land.
    .target(name: "Workbooks", dependencies: ["CXLSXWriter"], swiftSettings: swiftSettings),
    // Each run's enterprise results kept in an SQLite file (GRDB; SQLite from the system,
    // Debian: libsqlite3-dev): classes over the years, benchmarks, corrections. Knows
    // nothing of our other modules: plain value types that the command line maps to.
    .target(
      name: "History", dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings
    ),
    // Synthetic land records for demos, tests and benchmarks (`mujun sample`).
    .target(name: "SampleData", swiftSettings: swiftSettings),
    // The command line.
    .executableTarget(
      name: "mujun",
      dependencies: [
        "XMLStream", "Tables", "Land", "Enterprises", "Rules", "Evaluation", "Reports",
        "Workbooks", "History", "SampleData",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"], swiftSettings: swiftSettings),
    .testTarget(
      name: "ExpressionsTests", dependencies: ["Expressions"], swiftSettings: swiftSettings),
    // ZIPFoundation: the tests write their workbooks with its Archive.
    .testTarget(
      name: "TablesTests",
      dependencies: ["Tables", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: swiftSettings
    ),
    // Tables: the tests read back the workbooks they write; ZIPFoundation: and look at
    // their parts (column widths, panes, properties).
    .testTarget(
      name: "WorkbooksTests",
      dependencies: [
        "Workbooks", "Tables", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "EnterprisesTests", dependencies: ["XMLStream", "Land", "Tables", "Enterprises"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "LandTests", dependencies: ["XMLStream", "Land"], swiftSettings: swiftSettings),
    .testTarget(
      name: "RulesTests", dependencies: ["XMLStream", "Expressions", "Land", "Rules"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "EvaluationTests",
      dependencies: ["XMLStream", "Land", "Rules", "Evaluation"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "XMLStream", "Land", "Rules", "Enterprises", "Evaluation", "Reports", "Workbooks",
      ],
      exclude: ["Golden"],
      swiftSettings: swiftSettings
    ),
    // GRDB: the tests look into the file behind the store's back (integrity check, a
    // migration from a newer build).
    .testTarget(
      name: "HistoryTests",
      dependencies: ["History", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "SampleDataTests",
      dependencies: [
        "SampleData", "XMLStream", "Land", "Evaluation", "Rules", "Enterprises", "Tables",
      ],
      swiftSettings: swiftSettings
    ),
    // Tables: the enterprise tests read back the publication workbook.
    .testTarget(
      name: "mujunTests",
      dependencies: ["Evaluation", "Reports", "Rules", "Tables", "XMLStream"],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
