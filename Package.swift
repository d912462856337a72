// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Celvedis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guide", targets: ["guide"]),
        .library(name: "GuideKit", targets: ["GuideKit"]),
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
        .target(
            name: "GuideKit",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The preview server lives apart from the pipeline so GuideKit stays free of networking.
        .target(
            name: "GuideServer",
            dependencies: [
                "GuideKit",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "guide",
            dependencies: [
                "GuideKit",
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
            name: "GuideKitTests",
            // The CLI is a dependency so tests can run the real binary for exit codes.
            dependencies: ["GuideKit", "guide"]
        ),
    ]
)
