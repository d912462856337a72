import GuideModel
import GuideSupport

/// The old addresses of renamed pages: a small page at each (a host that cannot redirect still
/// sends the reader on) and `_redirects`, with which Netlify and Cloudflare Pages answer 301
/// before that page is ever served.
///
/// A redirect page is no page of the guide: it tells search engines not to index it and points
/// them at the new address as the canonical one, so the sitemap and the search index ignore it.
package struct RedirectPages {
    let redirects: [Redirect]
    let urls: SiteURLs
    /// The same policy as every page of the guide: a host serving these without the header
    /// files still applies it.
    let policy: String

    package init(site: ValidatedSite) {
        redirects = site.redirects
        urls = site.urls
        policy = ContentSecurityPolicy(configuration: site.configuration).text
    }

    package static let hostFile = "_redirects"

    /// Writes nothing for a site without aliases, so such a site's output is as before.
    package func write(into folder: some OutputFolder) throws {
        guard !redirects.isEmpty else { return }
        try folder.createFolders(Set(redirects.map { OutputPath.folder(of: $0.alias.file) }.filter { !$0.isEmpty }))
        for redirect in redirects {
            try folder.replace(page(for: redirect), at: redirect.alias.file)
        }
        try folder.replace(hostLines(), at: Self.hostFile)
    }

    /// A refresh after 0 seconds rather than a script: it works with scripts off and under a
    /// policy that allows no inline script.
    func page(for redirect: Redirect) -> String {
        let target = HTMLEscaping.attribute(redirect.target)
        return """
        <!DOCTYPE html>
        <html lang="\(HTMLEscaping.attribute(redirect.language))">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(HTMLEscaping.attribute(policy))">
        <title>\(HTMLEscaping.text(redirect.title))</title>
        <meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(target)">
        <link rel="canonical" href="\(HTMLEscaping.attribute(urls.absolute(redirect.target)))">
        </head>
        <body>
        <p><a href="\(target)">\(HTMLEscaping.text(redirect.title))</a></p>
        </body>
        </html>

        """
    }

    /// One `old new 301` line per alias, in the redirects' order.
    func hostLines() -> String {
        redirects.map { "\($0.alias.path) \($0.target) 301\n" }.joined()
    }
}
