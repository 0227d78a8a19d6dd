// swift-tools-version:6.0
import PackageDescription

// The design card allows no package dependencies: Foundation and the toolchain only.

// Generic types such as `[String: Double]` are reached through their metadata accessors rather than by mangled name.
// By name, the runtime demangled each type on first use and searched every loaded library's conformance tables for
// `String: Hashable`: 0.7 million instructions of a 17-million-instruction advice (docs/DESIGN.md, "Time to advice").
// A frontend flag is an unsafe flag to SwiftPM, so another package cannot depend on this one; nothing does.
let runtimeSettings: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "ComplaintAdvisor",
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
    ],
    targets: [
        // Case files are compiled in through the generated BuiltInCases.swift, not shipped as resources; the corpus only
        // trains the detector model (scripts/train-detector.py), which is generated into Swift.
        .target(name: "Knowledge", path: "Knowledge", exclude: ["Cases", "Corpus", "Cues"], swiftSettings: runtimeSettings),
        .target(name: "TextMatching", swiftSettings: runtimeSettings),
        // JSON reading and writing, with no words of its own: the messages of its errors are AdvisorCore's.
        .target(name: "JSON", swiftSettings: runtimeSettings),
        .target(name: "ArgumentParsing", dependencies: ["TextMatching"], swiftSettings: runtimeSettings),
        .target(name: "AdvisorCore", dependencies: ["Knowledge", "TextMatching", "JSON"], swiftSettings: runtimeSettings),
        // The HTTP server behind `advisor serve`: POSIX sockets and the project's own parser, no server framework.
        .target(name: "AdvisorServer", dependencies: ["AdvisorCore", "JSON", "Knowledge"], swiftSettings: runtimeSettings),
        .target(name: "AdvisorCLI", dependencies: ["AdvisorCore", "AdvisorServer", "Knowledge", "ArgumentParsing", "JSON"], swiftSettings: runtimeSettings),
        .executableTarget(name: "advisor", dependencies: ["AdvisorCLI"], swiftSettings: runtimeSettings),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "TextMatchingTests", dependencies: ["TextMatching", "AdvisorCore"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing"]),
        .testTarget(name: "AdvisorCoreTests", dependencies: ["AdvisorCore", "Knowledge", "JSON"], exclude: ["Fixtures"]),
        .testTarget(name: "AdvisorServerTests", dependencies: ["AdvisorServer", "AdvisorCore", "Knowledge", "JSON"]),
        .testTarget(name: "AdvisorCLITests", dependencies: ["AdvisorCLI", "AdvisorCore", "AdvisorServer", "ArgumentParsing", "Knowledge", "JSON"]),
    ],
    swiftLanguageModes: [.v6]
)
