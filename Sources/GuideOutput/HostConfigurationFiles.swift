import GuideModel

/// The files that tell common hosts which headers to send: `_headers` for Netlify and Cloudflare
/// Pages, `nginx.conf.snippet` to `include` in an nginx server block, and `.htaccess` for Apache.
///
/// Each carries the page policy with `Referrer-Policy` and `X-Content-Type-Options`, marks the
/// content-named files (assets, the search index's shards and records, each language's offline
/// manifest) immutable for a year, and has the few fixed-name files a reader must see change
/// (pages, `sw.js`, each search manifest and offline summary) revalidated on every use.
package struct HostConfigurationFiles {
    package static let headersPath = "_headers"
    package static let nginxPath = "nginx.conf.snippet"
    package static let apachePath = ".htaccess"

    static let immutable = "public, max-age=31536000, immutable"
    static let revalidated = "no-cache"

    let policy: ContentSecurityPolicy
    let languages: [String]

    package init(policy: ContentSecurityPolicy, languages: [String]) {
        self.policy = policy
        self.languages = languages
    }

    var securityHeaders: [(name: String, value: String)] {
        [("Content-Security-Policy", policy.headerText),
         ("Referrer-Policy", "strict-origin-when-cross-origin"),
         ("X-Content-Type-Options", "nosniff")]
    }

    /// Files named by their content, as path patterns with one `*` each: Cloudflare Pages allows
    /// no more than one per rule.
    var immutablePatterns: [String] {
        ["/assets/*"] + languages.flatMap { language in
            ["/search/\(language)/terms/*", "/search/\(language)/docs/*", "/search/\(language)/facets.*",
             "/search/\(language)/lengths.*", "/search/\(language)/rules.*", "/offline/\(language).*.json"]
        }
    }

    var revalidatedPaths: [String] {
        ["/sw.js"] + languages.flatMap { ["/search/\($0)/manifest.json", "/offline/\($0).json"] }
    }

    /// Netlify and Cloudflare Pages join the values of a header named by several matching rules,
    /// so each file gets its `Cache-Control` from one rule only. Pages get none: both hosts
    /// already have browsers revalidate HTML on every visit.
    var headers: String {
        var lines = ["# Written by `guide build` (--no-host-files or `host_files: false` in site.yaml leave it out).", "/*"]
        lines += securityHeaders.map { "  \($0.name): \($0.value)" }
        for pattern in immutablePatterns { lines += [pattern, "  Cache-Control: \(Self.immutable)"] }
        for path in revalidatedPaths { lines += [path, "  Cache-Control: \(Self.revalidated)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// nginx drops every inherited `add_header` in a block that has one of its own, so each
    /// location repeats the security headers.
    var nginx: String {
        func headers(cacheControl: String) -> [String] {
            (securityHeaders + [("Cache-Control", cacheControl)]).map { "    add_header \($0.name) \"\($0.value)\" always;" }
        }
        let languageAlternatives = languages.joined(separator: "|")
        var lines = [
            "# Written by `guide build`. Include it in the server block whose root is this folder:",
            "#   server { root /srv/guide/Output; include /srv/guide/Output/nginx.conf.snippet; }",
            "",
            "# Sends file.gz, written by `guide build --precompress`, to browsers that accept gzip.",
            "gzip_static on;",
            "gzip_vary on;",
            "# brotli_static needs the ngx_brotli module (Debian: libnginx-mod-http-brotli-static);",
            "# with it loaded, uncomment to send the .br files as well.",
            "# brotli_static on;",
            "error_page 404 /404.html;",
            "",
            "location / {",
        ]
        lines += headers(cacheControl: Self.revalidated)
        lines += ["}", "", "# Named by content hash: a changed file gets a new name.", "location /assets/ {"]
        lines += headers(cacheControl: Self.immutable)
        lines += ["}", "location ~ ^/search/(\(languageAlternatives))/(terms/|docs/|facets\\.|lengths\\.|rules\\.) {"]
        lines += headers(cacheControl: Self.immutable)
        lines += ["}", "location ~ ^/offline/(\(languageAlternatives))\\.[0-9a-f]+\\.json$ {"]
        lines += headers(cacheControl: Self.immutable)
        lines += ["}"]
        return lines.joined(separator: "\n") + "\n"
    }

    var apache: String {
        let languageAlternatives = languages.joined(separator: "|")
        var lines = [
            "# Written by `guide build` for Apache (mod_headers, mod_mime, mod_rewrite; AllowOverride All).",
            "ErrorDocument 404 /404.html",
            "",
            "<IfModule mod_headers.c>",
        ]
        lines += securityHeaders.map { "  Header always set \($0.name) \"\($0.value.replacingOccurrences(of: "\"", with: "\\\""))\"" }
        lines += [
            "  Header set Cache-Control \"\(Self.revalidated)\"",
            "  # Named by content hash: a changed file gets a new name.",
            "  <If \"%{REQUEST_URI} =~ m#^/(assets/|search/(\(languageAlternatives))/(terms/|docs/|facets\\.|lengths\\.|rules\\.)|offline/(\(languageAlternatives))\\.[0-9a-f]+\\.json)#\">",
            "    Header set Cache-Control \"\(Self.immutable)\"",
            "  </If>",
            "</IfModule>",
            "",
            "# The .br and .gz files `guide build --precompress` writes: file.html.gz is text/html",
            "# sent with Content-Encoding: gzip.",
            "<IfModule mod_mime.c>",
            "  RemoveType .gz .br",
            "  AddEncoding gzip .gz",
            "  AddEncoding br .br",
            "</IfModule>",
            "<IfModule mod_rewrite.c>",
            "  RewriteEngine On",
        ]
        for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
            lines += [
                "  RewriteCond %{HTTP:Accept-Encoding} \\b\(encoding)\\b",
                "  RewriteCond %{REQUEST_FILENAME}/index.html.\(suffix) -f",
                "  RewriteRule ^(.*/)?$ $1index.html.\(suffix) [L,E=no-gzip:1]",
                "  RewriteCond %{HTTP:Accept-Encoding} \\b\(encoding)\\b",
                "  RewriteCond %{REQUEST_FILENAME}.\(suffix) -f",
                "  RewriteRule ^(.+)$ $1.\(suffix) [L,E=no-gzip:1]",
            ]
        }
        lines += [
            "</IfModule>",
            "<IfModule mod_headers.c>",
            "  Header append Vary Accept-Encoding",
            "</IfModule>",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the three files into the finished site.
    package func write(into folder: some OutputFolder) throws {
        try folder.replace(headers, at: Self.headersPath)
        try folder.replace(nginx, at: Self.nginxPath)
        try folder.replace(apache, at: Self.apachePath)
    }
}
