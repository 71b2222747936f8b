// Builds the Google Sheets add-on into dist/sheets-addon/: Code.js (the server functions and
// the KPI_* custom functions as top-level functions keeping their JSDoc, not minified so that
// Apps Script's error lines stay readable), Sidebar.html (the sidebar with its script and
// styles inlined: HtmlService serves one file), Holidays.html (the holiday library, which the
// sidebar asks the server for when a plan is first generated) and appsscript.json. `clasp push` sends it.
const path = require('path');
const { readFileSync } = require('fs');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const { sources, Compilation } = require('webpack');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'sheets-addon');

/** TypeScript to ES modules (so that webpack can hoist them), without type checking here. */
const typescript = {
  test: /\.ts$/,
  loader: 'ts-loader',
  options: { transpileOnly: true, compilerOptions: { module: 'es2020', removeComments: false } },
};

/**
 * The holiday library's astronomy modules are pure but not marked so; one of them (perihelion,
 * which planbook never uses) reads setTimeout when it loads, and Apps Script has none. Marked
 * free of side effects, the modules nothing uses are left out of the bundle.
 */
const pureAstronomy = { test: /node_modules[\\/]astronomia[\\/]/, sideEffects: false };

const common = {
  mode: 'production',
  context: root,
  target: ['web', 'es2019'],
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [typescript, pureAstronomy] },
  performance: { hints: false },
};

/**
 * Writes a bundle into an HTML file (HtmlService serves HTML files only) and drops the bundle:
 * `page(js)` is the file around it. A "</script" inside the bundle would end its script early.
 */
class BundleAsHtml {
  constructor(bundle, html, page) {
    Object.assign(this, { bundle, html, page });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleAsHtml', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleAsHtml', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          const js = assets[this.bundle]
            .source()
            .toString()
            .replace(/<\/script/gi, '<\\/script');
          compilation.deleteAsset(this.bundle);
          compilation.emitAsset(this.html, new sources.RawSource(this.page(js)));
        },
      );
    });
  }
}

/** Sidebar.html: the sidebar's page with its styles and script inline. */
const sidebarPage = (js) => {
  const css = readFileSync(path.join(root, 'core', 'sidebar', 'sidebar.css'), 'utf8');
  return readFileSync(path.join(__dirname, 'sidebar.html'), 'utf8')
    .replace('/*SIDEBAR_CSS*/', () => css)
    .replace('/*SIDEBAR_JS*/', () => js);
};

module.exports = [
  {
    ...common,
    name: 'code',
    entry: './sheets-addon/src/main.ts',
    output: { path: out, filename: 'Code.js', clean: true },
    optimization: { minimize: false, concatenateModules: false },
    plugins: [
      new GasPlugin({ comment: true }),
      new CopyPlugin({ patterns: [{ from: 'sheets-addon/appsscript.json', to: out }] }),
    ],
  },
  {
    ...common,
    name: 'sidebar',
    entry: './sheets-addon/src/sidebar.ts',
    output: { path: out, filename: 'sidebar.js' },
    plugins: [new BundleAsHtml('sidebar.js', 'Sidebar.html', sidebarPage)],
  },
  {
    ...common,
    name: 'holidays',
    entry: './sheets-addon/src/holidays.ts',
    output: {
      path: out,
      filename: 'holidays.js',
      library: { name: 'planbookHolidays', type: 'window' },
    },
    plugins: [new BundleAsHtml('holidays.js', 'Holidays.html', (js) => `<script>${js}</script>`)],
  },
];
