// swift-tools-version:6.0
import PackageDescription

// The design card allows no package dependencies: Foundation and the toolchain only.
let package = Package(
    name: "ComplaintAdvisor",
    products: [
        .executable(name: "advisor", targets: ["advisor"]),
        .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
    ],
    targets: [
        // Case files are compiled in through the generated BuiltInCases.swift, not shipped as resources; the corpus only
        // trains the detector model (scripts/train-detector.py), which is generated into Swift.
        .target(name: "Knowledge", path: "Knowledge", exclude: ["Cases", "Corpus", "Cues"]),
        .target(name: "TextMatching"),
        // JSON reading and writing, with no words of its own: the messages of its errors are AdvisorCore's.
        .target(name: "JSON"),
        .target(name: "ArgumentParsing", dependencies: ["TextMatching"]),
        .target(name: "AdvisorCore", dependencies: ["Knowledge", "TextMatching", "JSON"]),
        // The HTTP server behind `advisor serve`: POSIX sockets and the project's own parser, no server framework.
        .target(name: "AdvisorServer", dependencies: ["AdvisorCore", "JSON", "Knowledge"]),
        .target(name: "AdvisorCLI", dependencies: ["AdvisorCore", "AdvisorServer", "Knowledge", "ArgumentParsing", "JSON"]),
        .executableTarget(name: "advisor", dependencies: ["AdvisorCLI"]),
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
