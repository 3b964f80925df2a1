// swift-tools-version: 6.1
// Micro-benchmarks of mujun's hot paths, in a package of their own so that
// the main build stays fast. Run from this folder:
//   swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
  name: "mujun-micro-benchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "mujun", path: "../.."),
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "HotPaths",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "MujunLibraries", package: "mujun"),
      ],
      path: "Benchmarks/HotPaths",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
