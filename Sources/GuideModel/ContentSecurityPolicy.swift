import Foundation

/// The Content-Security-Policy every page carries, in a `<meta http-equiv>` and in the header
/// files written for hosts.
///
/// The site runs only its own module scripts and stylesheets, so nothing inline is allowed: an
/// injected `<script>` or `onerror=` in an editor's text, or a theme override's, runs nowhere.
/// JSON-LD blocks (`<script type="application/ld+json">`) are data blocks, which a browser never
/// executes and CSP therefore never checks, so they need neither a hash nor `'unsafe-inline'`.
/// The only other origins are the map's tile host (images) and an https feedback form (where a
/// form may be sent). Images may also be `data:` URIs, as the printed QR codes are: an image
/// cannot run script (an SVG shown through `<img>` runs none of its own either) and a `data:`
/// one makes no request that could carry anything away, so an injected `<img>` gains nothing by
/// it. Only `img-src` allows it: a `data:` script, frame or object could run code.
public struct ContentSecurityPolicy: Sendable {
    /// The directives in the order they are written, each with its sources.
    public let directives: [(name: String, sources: [String])]

    public init(configuration: SiteConfiguration) {
        let tiles = Self.origin(ofTemplate: configuration.map.tileURLTemplate).map { [$0] } ?? []
        let form = configuration.feedback.flatMap { $0.hasPrefix("https://") ? Self.origin(ofTemplate: $0) : nil }.map { [$0] } ?? []
        directives = [
            ("default-src", ["'self'"]),
            ("script-src", ["'self'"]),
            ("style-src", ["'self'"]),
            ("img-src", ["'self'", "data:"] + tiles),
            ("connect-src", ["'self'"]),
            ("worker-src", ["'self'"]),
            ("object-src", ["'none'"]),
            ("base-uri", ["'self'"]),
            ("form-action", ["'self'"] + form),
        ]
    }

    /// The policy as a header's or a meta element's value.
    public var text: String {
        directives.map { ([$0.name] + $0.sources).joined(separator: " ") }.joined(separator: "; ")
    }

    /// The header files add what a `<meta>` policy may not carry: a browser ignores
    /// `frame-ancestors` there, and says so in the console.
    public var headerText: String {
        text + "; frame-ancestors 'self'"
    }

    /// `https://host[:port]` of an absolute http(s) address, with a `{s}` subdomain placeholder as
    /// a wildcard; nil for a relative address, which `'self'` already covers, and for a host with
    /// a placeholder past its first label, which no source expression can match.
    static func origin(ofTemplate template: String) -> String? {
        guard let schemeEnd = template.range(of: "://") else { return nil }
        let scheme = template[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else { return nil }
        let rest = template[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { return nil }
        let wildcarded = host.split(separator: ".").map { $0.hasPrefix("{") && $0.hasSuffix("}") ? "*" : String($0) }
        guard !wildcarded.dropFirst().contains("*"), !wildcarded.joined().contains("{") else { return nil }
        return scheme + "://" + wildcarded.joined(separator: ".").lowercased()
    }
}
