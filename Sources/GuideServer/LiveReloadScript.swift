import Foundation

/// The script every previewed page loads: it reloads the page after each successful rebuild and,
/// after a failed one, lists the problems over the page that is still served.
///
/// It is added to pages as they are served, never written into the site, so a preview cannot
/// leak into a published build.
enum LiveReloadScript {
    static let path = "/_guide/client.js"

    static let tag = "<script src=\"\(path)\" defer></script>"

    /// Puts the script tag just before `</body>` (at the end if a page has none).
    static func inject(into html: String) -> String {
        guard let bodyEnd = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else { return html + tag }
        var html = html
        html.insert(contentsOf: tag, at: bodyEnd.lowerBound)
        return html
    }

    static let source = #"""
    // Added by `guide serve`; published sites never load it.
    (() => {
      "use strict";
      const overlayID = "guide-preview-problems";
      const events = new EventSource("/_guide/events");

      events.addEventListener("reload", () => location.reload());
      events.addEventListener("error", (event) => {
        // EventSource also fires a plain "error", without data, when the connection drops; it
        // reconnects by itself, so only the server's own error events are shown.
        if (typeof event.data !== "string") return;
        showProblems(JSON.parse(event.data));
      });

      function element(tag, className, text) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        // textContent, never innerHTML: messages quote the editor's text, which may hold markup.
        if (text !== undefined) node.textContent = text;
        return node;
      }

      function showProblems(diagnostics) {
        document.getElementById(overlayID)?.remove();
        const host = element("div");
        host.id = overlayID;
        // A shadow root keeps the site's styles off the overlay and the overlay's off the site.
        const root = host.attachShadow({ mode: "open" });
        // A constructed sheet, not a <style> element: the pages' policy allows no inline style.
        const style = new CSSStyleSheet();
        style.replaceSync(`
          .panel { position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647;
                   margin: 0; padding: 1rem 1.25rem; background: #fff8f6; color: #1b1b1b;
                   border-top: 4px solid #b3261e; box-shadow: 0 -4px 16px rgb(0 0 0 / 25%);
                   font: 15px/1.45 system-ui, sans-serif; }
          h2 { margin: 0 2.5rem 0.5rem 0; font-size: 1.05rem; color: #b3261e; }
          ol { margin: 0; padding-left: 1.25rem; }
          li { margin: 0.5rem 0; }
          .where { font: 13px ui-monospace, monospace; font-weight: bold; }
          .warning .severity { color: #7a5900; }
          .error .severity { color: #b3261e; }
          .hint { color: #444; }
          .note { margin: 0.75rem 0 0; color: #444; }
          button { position: absolute; top: 0.5rem; right: 0.75rem; font: inherit; cursor: pointer; }
        `);
        root.adoptedStyleSheets = [style];
        const panel = element("section", "panel");
        panel.setAttribute("role", "alert");
        const hide = element("button", null, "×");
        hide.setAttribute("aria-label", "Hide");
        hide.addEventListener("click", () => host.remove());
        panel.append(hide, element("h2", null, "The site could not be rebuilt; you are seeing the last version that built."));
        const list = element("ol");
        for (const problem of diagnostics) {
          const item = element("li", problem.severity);
          item.append(element("span", "where", `${problem.path}:${problem.line}:${problem.column}`), " ",
                      element("span", "severity", `${problem.severity}:`), " ",
                      element("span", "message", problem.message));
          if (problem.hint) item.append(element("div", "hint", problem.hint));
          list.append(item);
        }
        panel.append(list, element("p", "note", "Save the fixed file and this page reloads by itself."));
        root.append(panel);
        document.body.append(host);
      }
    })();

    """#
}
