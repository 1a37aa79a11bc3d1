package org.w3id.claimgraph.serve;

import static org.w3id.claimgraph.audit.Html.block;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.claimgraph.audit.Html;
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
    Document d =
        Html.page(
            "claimgraph SPARQL endpoint",
            "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
                + " connect-src 'self'",
            CSS);
    // The script finds the endpoint in the page rather than in its own text.
    Element main = block(d.body(), "main").attr("data-endpoint", endpoint);
    block(main, "h1").text("claimgraph SPARQL endpoint");
    Element about = block(main, "p").addClass("meta").appendText("SPARQL 1.1 Query at ");
    about.appendElement("code").text(endpoint);
    about.appendText(
        " (GET or POST; results as JSON, XML, CSV or TSV by the Accept header), read only, over "
            + storeDescription
            + ". The default graph is the union of the named graphs. ");
    about.appendElement("code").text("text:query");
    about.appendText(" searches the full-text index.");
    Element run = block(main, "p").addClass("meta").appendText("A link of the form ");
    run.appendElement("code").text("/?run=NAME");
    run.appendText(" runs a query of the library as the page opens.");
    block(main, "h2").text("Your query");
    block(main, "textarea")
        .id("editor")
        .attr("spellcheck", "false")
        .text(
            "PREFIX cg: <https://w3id.org/claimgraph/ns#>\n"
                + "SELECT ?claim ?relation WHERE { ?claim a cg:Claim ; cg:relation ?relation }"
                + " LIMIT 10");
    block(main, "p").appendElement("button").id("run-editor").text("Run");
    block(main, "div").addClass("result").id("result-editor");
    block(main, "h2").text("The query library");
    for (NamedQuery q : queries.all()) {
      String id = q.name();
      Element box = block(main, "div").addClass("q").id("q-" + id);
      block(box, "h3").text(id);
      block(box, "p").text(q.description());
      Element details = block(box, "details");
      details.appendElement("summary").text("the query");
      details.appendElement("pre").attr("data-query", id).text(text(q));
      Element buttons = block(box, "p");
      buttons.appendElement("button").attr("data-run", id).text("Run");
      buttons.appendText(" ");
      buttons.appendElement("button").attr("data-edit", id).text("Edit");
      block(box, "div").addClass("result").id("result-" + id);
    }
    block(main, "script").appendChild(new DataNode("\n" + SCRIPT));
    return Html.html(main);
  }

  private static final String CSS =
      """
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
      """;

  private static final String SCRIPT =
      """
      const ENDPOINT = document.querySelector('main').dataset.endpoint;
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
}
