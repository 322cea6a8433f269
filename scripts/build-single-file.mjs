// Builds one self-contained HTML file from the release build in dist/:
// the style sheet, the JavaScript glue and the WebAssembly (base64) of the
// build with lessons inlined,
// and every locale's messages (dist/locales/<tag>.ftl) embedded as
// <script type="text/x-fluent" data-locale="<tag>">, where the page looks
// before fetching, so it runs in any language when opened from disk
// (file://) with no server: for upload to a learning-management system, or
// a classroom without a network.
//
// Usage: node scripts/build-single-file.mjs [dist-dir] [out-file]
//   (after `trunk build --release`; default out: dist-single/vaccination-lot.html)

import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const out = path.resolve(process.argv[3] ?? path.join(root, 'dist-single', 'vaccination-lot.html'));

const files = readdirSync(dist);
const one = (test, what) => {
  const found = files.filter(test);
  if (found.length !== 1) {
    throw new Error(`expected one ${what} in ${dist}, found ${found.length}: run trunk build --release first`);
  }
  return readFileSync(path.join(dist, found[0]));
};
// The build with lessons (static/loader.js): one file has no second
// download to leave them for.
const wasm = one((f) => f === 'vaccination-lot-lessons_bg.wasm', 'wasm file of the build with lessons');
const glue = one((f) => f === 'vaccination-lot-lessons.js', 'JavaScript glue of the build with lessons').toString('utf8');
const css = one((f) => f.startsWith('style-') && f.endsWith('.css'), 'style sheet').toString('utf8');
const icon = one((f) => f.endsWith('.svg'), 'icon');
const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
const localesDir = path.join(dist, 'locales');
const locales = existsSync(localesDir)
  ? readdirSync(localesDir).filter((f) => f.endsWith('.ftl')).sort()
  : [];
if (locales.length === 0) {
  throw new Error(`no locales in ${localesDir}: trunk's post_build hook (scripts/bundle-locales.sh) writes them`);
}
const localeScripts = locales
  .map((file) => {
    const tag = file.slice(0, -'.ftl'.length);
    const source = readFileSync(path.join(localesDir, file), 'utf8').replace(/<\/script/gi, '<\\/script');
    return `    <script type="text/x-fluent" data-locale="${tag}">\n${source}\n    </script>`;
  })
  .join('\n');

// The glue is an ES module; inside one inline module its exports are
// plain declarations.
const exportsRemoved = glue
  .replace(/^export function /gm, 'function ')
  .replace(/^export \{[^}]*\};?\s*$/gm, '');
if (/^export /m.test(exportsRemoved)) {
  throw new Error('the JavaScript glue has an export this script does not know how to inline');
}

const boot = `
${exportsRemoved}
const wasmBase64 = "${wasm.toString('base64')}";
const wasmBytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
window.wasmBindings = { bench_engine, wasm_memory_bytes };
`;
const title = page.match(/<title>[^<]*<\/title>/)?.[0] ?? '<title>Parking-lot vaccination</title>';
const description = page.match(/<meta name="description"[^>]*>/)?.[0] ?? '';
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    ${description}
    ${title}
    <link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" />
    <style>
${css}
    </style>
${localeScripts}
    <script type="module">
${boot.replace(/<\/script/gi, '<\\/script')}
    </script>
  </head>
  <body>
    <noscript>This simulation runs as WebAssembly and needs JavaScript enabled.</noscript>
  </body>
</html>
`;
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`wrote ${out} (${(html.length / 1024).toFixed(0)} KB, locales: en built in, ${locales.map((f) => f.slice(0, -4)).join(', ')})`);
