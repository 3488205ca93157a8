// Mozilla Readability (@mozilla/readability on linkedom) as a peer for
// bench/extraction_eval. Install once: npm install --prefix bench/peers
//
// Usage: node mozilla_readability.mjs FILE_LIST OUT.jsonl
// FILE_LIST holds one HTML file path per line. For each file, writes one JSON
// line {"file", "text", "seconds"}; "seconds" times the extraction alone
// (decoding the bytes, parsing with linkedom, Readability.parse()), not the
// start-up. The text is article.textContent, as the Scrapinghub benchmark's
// extractors/readability_js/cli.js prints it. A page that makes Readability
// fail (or that it rejects) gets "text": "" and, on failure, an "error" field.
import { Readability } from "@mozilla/readability";
import { readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { parseHTML } from "linkedom";

// The charset a page declares in its first 2 KB (<meta charset> or
// http-equiv content="...charset=..."), else UTF-8, as a browser would guess
// for these pages (the HTML standard's prescan looks at the first 1024 bytes;
// 2 KB is a margin for long <head>s).
function decode(raw) {
  const head = raw.subarray(0, 2048).toString("latin1");
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i);
  let label = m ? m[1].toLowerCase() : "utf-8";
  try {
    return new TextDecoder(label).decode(raw);
  } catch {
    return new TextDecoder("utf-8").decode(raw);
  }
}

function extract(raw) {
  const { document } = parseHTML(decode(raw));
  const article = new Readability(document).parse();
  return article && article.textContent ? article.textContent : "";
}

const files = readFileSync(process.argv[2], "utf-8").split("\n").filter((l) => l.length > 0);
const out = process.argv[3];
writeFileSync(out, "");
try {
  extract(Buffer.from("<html><body><p>warm up</p></body></html>"));
} catch {
  // the warm-up page only loads the modules
}
const lines = [];
for (const file of files) {
  const raw = readFileSync(file);
  const record = { file, text: "" };
  const start = process.hrtime.bigint();
  try {
    record.text = extract(raw);
  } catch (err) {
    record.error = String(err);
  }
  record.seconds = Number(process.hrtime.bigint() - start) / 1e9;
  lines.push(JSON.stringify(record));
  if (lines.length >= 50) appendFileSync(out, lines.splice(0).join("\n") + "\n");
}
if (lines.length) appendFileSync(out, lines.join("\n") + "\n");
