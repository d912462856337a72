import FlyingFox
import Foundation

/// Answers requests for the site's own files from the current site folder, as a static host
/// would: a folder's `index.html`, the site's `404.html` for anything missing, no listings.
struct StaticFileResponder: Sendable {
    /// The folder the builder swaps each new site into; it is read afresh on every request.
    let site: URL

    func response(for requestPath: String) -> HTTPResponse {
        guard let path = SitePath(requestPath: requestPath) else {
            return PreviewResponse.text("This address points outside the site.\n", status: .badRequest)
        }
        var file = site.appendingPathComponent(path.relativePath)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else { return notFound() }
        if isFolder.boolValue {
            // Relative links in a folder's page resolve against the address with the slash. The
            // address is rebuilt from the checked segments, so it can only lead within this site.
            guard path.namesFolder || path.segments.isEmpty else {
                let location = "/" + path.relativePath + "/"
                let headers: HTTPHeaders = [
                    .location: location.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location,
                    .cacheControl: "no-store",
                ]
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
            file = file.appendingPathComponent("index.html")
        }
        // Read whole: a rebuild may swap the folder away at any moment, and a file read at once
        // is either all old or all new. Site files are small.
        guard let contents = try? Data(contentsOf: file) else { return notFound() }
        return page(contents, named: file.lastPathComponent, status: .ok)
    }

    private func notFound() -> HTTPResponse {
        if let contents = try? Data(contentsOf: site.appendingPathComponent("404.html")) {
            return page(contents, named: "404.html", status: .notFound)
        }
        // No site yet: the first build failed. The script still shows why.
        let html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not built yet</title></head>"
            + "<body><p>There is no page here: the site has not built yet.</p></body></html>"
        return page(Data(html.utf8), named: "404.html", status: .notFound)
    }

    private func page(_ contents: Data, named name: String, status: HTTPStatusCode) -> HTTPResponse {
        let type = MediaType.forFile(named: name)
        let body = type == MediaType.html
            ? Data(LiveReloadScript.inject(into: String(decoding: contents, as: UTF8.self)).utf8)
            : contents
        return PreviewResponse.make(body, type: type, status: status)
    }
}
