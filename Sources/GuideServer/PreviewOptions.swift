import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `guide serve` previews and where it listens.
public struct PreviewOptions: Sendable {
    /// The folder holding `content/` and `themes/`.
    public var sourceRoot: URL
    /// A numeric IPv4 or IPv6 address (or `localhost`): the server never resolves names, so it
    /// cannot end up listening somewhere other than the address the editor typed.
    public var host: String
    /// 0 lets the system pick a free port, which is what tests and scripts want.
    public var port: UInt16
    public var themeName: String

    public init(sourceRoot: URL, host: String = "127.0.0.1", port: UInt16 = 8000, themeName: String = "default") throws {
        guard Self.ipAddress(for: host) != nil else {
            throw PreviewError("`\(host)` is not an IP address; use 127.0.0.1 (the default), ::1 or, to be reachable from other machines, 0.0.0.0")
        }
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.host = host
        self.port = port
        self.themeName = themeName
    }

    /// True when only this machine can connect. Anything else exposes unpublished drafts to the
    /// network, which the command warns about.
    public var isLoopback: Bool {
        guard let address = Self.ipAddress(for: host) else { return false }
        return address.hasPrefix("127.") || address == "::1"
    }

    /// The address to bind to, written the way `inet_pton` reads it.
    var ipAddress: String { Self.ipAddress(for: host) ?? host }

    private static func ipAddress(for host: String) -> String? {
        if host == "localhost" { return "127.0.0.1" }
        var ip4 = in_addr(), ip6 = in6_addr()
        if inet_pton(AF_INET, host, &ip4) == 1 || inet_pton(AF_INET6, host, &ip6) == 1 { return host }
        return nil
    }
}

/// A reason the preview cannot start, worded for the person who typed the command.
public struct PreviewError: Error, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
