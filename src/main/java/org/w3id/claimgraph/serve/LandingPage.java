package org.w3id.claimgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.w3id.claimgraph.query.NamedQuery;
import org.w3id.claimgraph.query.QueryLibrary;

/**
 * The page at {@code /}: the query library, each query with the comment that says what it answers
 * and a button that runs it, and an editor for a query of one's own. Results come back as an HTML
 * table (or, for CONSTRUCT and DESCRIBE, as Turtle). One self-contained page: its script and styles
 * are inline and it only talks to this server's own endpoint.
 */
public final class LandingPage {
  private LandingPage() {}

  /**
   * @param endpoint the path of the query endpoint, such as {@code /claimgraph/sparql}
   */
  public static String html(QueryLibrary queries, String endpoint, String storeDescription) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>claimgraph SPARQL endpoint</title>
        <style>
        body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
        main { max-width: 70rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #d0d7de; margin-top: 2rem; }
        code, pre, textarea { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; }
        .q { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .8rem; margin: .6rem 0; }
        .q h3 { margin: .1rem 0; font-size: 1rem; }
        .q p { margin: .3rem 0; white-space: pre-line; color: #424a53; }
        details pre { background: #f6f8fa; padding: .5rem; overflow-x: auto; }
        button { font: inherit; padding: .2rem .8rem; border: 1px solid #1f2328; border-radius: 4px; background: #fff; cursor: pointer; }
        textarea { width: 100%; min-height: 12rem; box-sizing: border-box; }
        table { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
        th, td { border: 1px solid #d0d7de; padding: .2rem .4rem; text-align: left; vertical-align: top; }
        .result { overflow-x: auto; }
        .error { color: #b42318; white-space: pre-wrap; }
        .meta { color: #59636e; font-size: .9rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>claimgraph SPARQL endpoint</h1>
        """);
    sb.append("<p class=\"meta\">SPARQL 1.1 Query at <code>")
        .append(esc(endpoint))
        .append(
            "</code> (GET or POST; results as JSON, XML, CSV or TSV by the Accept header), read"
                + " only, over ")
        .append(esc(storeDescription))
        .append(
            ". The default graph is the union of the named graphs. <code>text:query</code>"
                + " searches the full-text index.</p>\n");
    sb.append(
        """
        <p class="meta">A link of the form <code>/?run=NAME</code> runs a query of the library as the page opens.</p>
        <h2>Your query</h2>
        <textarea id="editor" spellcheck="false">PREFIX cg: <https://w3id.org/claimgraph/ns#>
        SELECT ?claim ?relation WHERE { ?claim a cg:Claim ; cg:relation ?relation } LIMIT 10</textarea>
        <p><button id="run-editor">Run</button></p>
        <div class="result" id="result-editor"></div>
        <h2>The query library</h2>
        """);
    for (NamedQuery q : queries.all()) {
      String id = q.name();
      sb.append("<div class=\"q\" id=\"q-")
          .append(esc(id))
          .append("\">\n<h3>")
          .append(esc(id))
          .append("</h3>\n<p>")
          .append(esc(q.description()))
          .append("</p>\n<details><summary>the query</summary><pre data-query=\"")
          .append(esc(id))
          .append("\">")
          .append(esc(text(q)))
          .append("</pre></details>\n<p><button data-run=\"")
          .append(esc(id))
          .append("\">Run</button> <button data-edit=\"")
          .append(esc(id))
          .append("\">Edit</button></p>\n<div class=\"result\" id=\"result-")
          .append(esc(id))
          .append("\"></div>\n</div>\n");
    }
    sb.append("<script>\nconst ENDPOINT = ")
        .append(jsString(endpoint))
        .append(";\n")
        .append(SCRIPT)
        .append("</script>\n</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static final String SCRIPT =
      """
      function cell(term) {
        if (!term) return '';
        if (term.type === 'uri') return '<' + term.value + '>';
        if (term.type === 'bnode') return '_:' + term.value;
        let s = term.value;
        if (term['xml:lang']) s += '@' + term['xml:lang'];
        return s;
      }
      async function run(query, out) {
        out.textContent = 'Running…';
        const construct = /^\\s*(PREFIX[^\\n]*\\n|#[^\\n]*\\n|\\s)*(CONSTRUCT|DESCRIBE)/i.test(query);
        const started = performance.now();
        let response;
        try {
          response = await fetch(ENDPOINT, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/sparql-query',
              'Accept': construct ? 'text/turtle' : 'application/sparql-results+json'
            },
            body: query
          });
        } catch (e) {
          out.innerHTML = '';
          const p = document.createElement('p'); p.className = 'error';
          p.textContent = String(e); out.appendChild(p); return;
        }
        const ms = Math.round(performance.now() - started);
        out.innerHTML = '';
        if (!response.ok) {
          const p = document.createElement('p'); p.className = 'error';
          p.textContent = response.status + ' ' + (await response.text());
          out.appendChild(p); return;
        }
        if (construct) {
          const pre = document.createElement('pre');
          pre.textContent = await response.text();
          out.appendChild(pre); return;
        }
        const json = await response.json();
        const meta = document.createElement('p'); meta.className = 'meta';
        if (json.boolean !== undefined) {
          meta.textContent = 'ASK: ' + json.boolean + ' (' + ms + ' ms)';
          out.appendChild(meta); return;
        }
        const vars = json.head.vars;
        const rows = json.results.bindings;
        meta.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows') + ' (' + ms + ' ms)';
        out.appendChild(meta);
        const table = document.createElement('table');
        const head = table.createTHead().insertRow();
        for (const v of vars) { const th = document.createElement('th'); th.textContent = '?' + v; head.appendChild(th); }
        const body = table.createTBody();
        for (const b of rows) {
          const tr = body.insertRow();
          for (const v of vars) { tr.insertCell().textContent = cell(b[v]); }
        }
        out.appendChild(table);
      }
      function queryText(name) {
        return document.querySelector('pre[data-query="' + name + '"]').textContent;
      }
      document.getElementById('run-editor').addEventListener('click', () =>
        run(document.getElementById('editor').value, document.getElementById('result-editor')));
      for (const b of document.querySelectorAll('button[data-run]')) {
        b.addEventListener('click', () =>
          run(queryText(b.dataset.run), document.getElementById('result-' + b.dataset.run)));
      }
      // A link can run a query of the library at once: /?run=conflicts
      const asked = new URLSearchParams(location.search).get('run');
      if (asked && document.querySelector('pre[data-query="' + CSS.escape(asked) + '"]')) {
        document.getElementById('q-' + asked).scrollIntoView();
        run(queryText(asked), document.getElementById('result-' + asked));
      }
      for (const b of document.querySelectorAll('button[data-edit]')) {
        b.addEventListener('click', () => {
          const e = document.getElementById('editor');
          e.value = queryText(b.dataset.edit);
          e.scrollIntoView();
        });
      }
      """;

  private static String text(NamedQuery q) {
    try {
      return Files.readString(q.file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return q.query().toString();
    }
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** A JavaScript string literal that cannot end the script element. */
  static String jsString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
