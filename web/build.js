// Builds the playground into dist/web/: app.js (the page and sidebar) with ExcelJS and the
// generator split into chunks loaded when the marketer generates. Prints the bundle sizes.
const { build } = require('esbuild');
const { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } = require('fs');
const { gzipSync } = require('zlib');
const path = require('path');

const root = path.dirname(__dirname);
const out = path.join(root, 'dist', 'web');

async function buildWeb({ quiet = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [path.join(root, 'web', 'main.ts')],
    outdir: out,
    entryNames: 'app',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    metafile: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'style.css'])
    copyFileSync(path.join(root, 'web', file), path.join(out, file));
  copyFileSync(path.join(root, 'core', 'sidebar', 'sidebar.css'), path.join(out, 'sidebar.css'));
  // The help, privacy and terms pages the add-ins' listings link to, served with the playground.
  for (const file of readdirSync(path.join(root, 'pages')))
    copyFileSync(path.join(root, 'pages', file), path.join(out, file));
  // What the page loads before the marketer generates: app.js and the chunks it imports
  // statically (ExcelJS and the generator come later, through dynamic imports).
  const outputs = result.metafile.outputs;
  const key = (file) =>
    path.relative(process.cwd(), path.join(out, file)).split(path.sep).join('/');
  const loaded = new Set();
  const visit = (name) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    for (const i of outputs[name]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(key('app.js'));
  const bytes = Buffer.concat(
    [...loaded].map((name) => readFileSync(path.resolve(process.cwd(), name))),
  );
  const all = Object.keys(outputs).filter((n) => n.endsWith('.js'));
  const total = all.reduce((sum, n) => sum + outputs[n].bytes, 0);
  const sizes = { raw: bytes.length, gzip: gzipSync(bytes).length, files: loaded.size, total };
  if (!quiet) {
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(
      `dist/web: sidebar bundle ${kib(sizes.raw)} (${kib(sizes.gzip)} gzip) in ${sizes.files} files; all chunks ${kib(total)}`,
    );
  }
  return sizes;
}

module.exports = { buildWeb, outDir: out };

if (require.main === module) {
  buildWeb().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
