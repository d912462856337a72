import GuideModel
import GuideSupport

/// `sitemap.xml` with `xhtml:link` alternates, listing each page only in the languages it is
/// really written in: a fallback page would be duplicate content for search engines.
package struct SitemapWriter {
    let site: ValidatedSite
    private var urls: SiteURLs { site.urls }

    package init(site: ValidatedSite) {
        self.site = site
    }

    package func xml() -> String {
        let groups = site.sitemapGroups
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        for group in groups where !group.isEmpty {
            let xDefault = site.configuration.fallbackOrder.compactMap { code in group.first { $0.language == code } }.first ?? group[0]
            for page in group {
                xml += "  <url>\n    <loc>\(escape(urls.absolute(page.path)))</loc>\n"
                for alternate in group {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(escape(urls.absolute(alternate.path)))\"/>\n"
                }
                xml += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(escape(urls.absolute(xDefault.path)))\"/>\n"
                xml += "  </url>\n"
            }
        }
        xml += "</urlset>\n"
        return xml
    }

    /// Points crawlers at the sitemap; every page may be indexed.
    package func robotsTXT() -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.text(text) }
}
