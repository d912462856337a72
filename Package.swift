// swift-tools-version:6.0
import PackageDescription

/// The stages call each other's small functions on hot paths (the hashers and sorted positions
/// from Support, the shape cache from Theme). Compiled as one module they were inlined and
/// specialised; as separate modules, a build of 1,000 pages took 1.44 times the instructions
/// (bench/instructions), 1.25 times with this flag alone, and 1.007 times with it and those
/// helpers `@inlinable`. `-enable-cmo-everything` does not link (symbols defined twice), and
/// package CMO needs library evolution.
let stageSettings: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Celvedis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guide", targets: ["guide"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `guide serve`: FlyingFox is a small HTTP server on plain sockets with no other
        // dependencies, so it adds seconds to a clean build where a SwiftNIO-based server adds minutes.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's libcmark-gfm.pc already links the extensions library, so one pkg-config name
        // serves both; the module map names both libraries for other platforms.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [
                .apt(["libqrencode-dev"]),
                .brew(["qrencode"]),
            ]
        ),
        // `guide build --precompress`: .gz and .br files beside the text files (GuideOutput); the
        // checksums of the printed QR codes' PNGs (GuideQRCode).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(name: "CBrotli", pkgConfig: "libbrotlienc", providers: [.apt(["libbrotli-dev"]), .brew(["brotli"])]),
        // The pipeline's stages, one target each, in the order a build runs them. A target may
        // depend only on targets above it; Tests/GuideTests/Architecture/TargetGraphTests.swift reads
        // this file and fails on a dependency that points down the list.
        .target(name: "GuideSupport", swiftSettings: stageSettings),
        .target(name: "GuideQRCode", dependencies: ["GuideSupport", "CQREncode", "CZlib"], swiftSettings: stageSettings),
        .target(name: "GuideModel", dependencies: ["GuideSupport"], swiftSettings: stageSettings),
        .target(
            name: "GuideContent",
            dependencies: ["GuideSupport", "GuideModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: stageSettings
        ),
        .target(name: "GuideMarkdown", dependencies: ["GuideSupport", "GuideModel", "CCmarkGFM"], swiftSettings: stageSettings),
        .target(
            name: "GuideTheme",
            dependencies: ["GuideSupport", "GuideModel", "GuideContent", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: stageSettings
        ),
        .target(
            name: "GuidePages",
            dependencies: ["GuideSupport", "GuideModel", "GuideMarkdown", "GuideTheme", "GuideQRCode",
                           .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: stageSettings
        ),
        .target(name: "GuideSearch", dependencies: ["GuideSupport", "GuideModel"], swiftSettings: stageSettings),
        .target(name: "GuideOutput", dependencies: ["GuideSupport", "GuideModel", "CZlib", "CBrotli"], swiftSettings: stageSettings),
        .target(
            name: "GuideSite",
            dependencies: ["GuideSupport", "GuideModel", "GuideContent", "GuideMarkdown", "GuideTheme", "GuidePages",
                           "GuideSearch", "GuideOutput"],
            swiftSettings: stageSettings
        ),
        .target(
            name: "GuideCheck",
            dependencies: ["GuideSupport", "GuideModel", "GuideContent", "GuideMarkdown", "GuideOutput", "GuideSite"],
            swiftSettings: stageSettings
        ),
        .target(
            name: "GuideScaffold",
            dependencies: ["GuideSupport", "GuideModel", "GuideContent", "GuideSite"],
            swiftSettings: stageSettings
        ),
        // `guide locate` reads the address register and edits entry.yaml line by line, apart from the pipeline.
        .target(name: "GuideLocate", dependencies: ["GuideModel"], swiftSettings: stageSettings),
        // The preview server lives apart from the pipeline so the stages stay free of networking.
        .target(
            name: "GuideServer",
            dependencies: [
                "GuideSupport",
                "GuideModel",
                "GuideSite",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "guide",
            dependencies: [
                "GuideModel",
                "GuideSearch",
                "GuideSite",
                "GuideCheck",
                "GuideScaffold",
                "GuideLocate",
                "GuideServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A build allocates tens of millions of small strings, arrays and dictionaries on both
            // cores; linked with gperftools' tcmalloc (Debian's libgoogle-perftools-dev), a
            // 30,000-page build took 15–20% less time than with glibc's allocator in alternating
            // builds of bench/generate-corpus's site.
            linkerSettings: [.linkedLibrary("tcmalloc_minimal", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "GuideTests",
            // The CLI is a dependency so tests can run the real binary for exit codes.
            dependencies: ["GuideSupport", "GuideQRCode", "GuideModel", "GuideContent", "GuideMarkdown", "GuideTheme", "GuidePages",
                           "GuideSearch", "GuideOutput", "GuideSite", "GuideCheck", "GuideScaffold", "GuideLocate", "GuideServer", "guide"]
        ),
    ]
)
