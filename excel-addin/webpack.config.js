// Builds the Excel add-in into dist/excel-addin/: taskpane.html (the sidebar with the Excel
// bridge, and the KPI.* functions: one shared runtime serves both), functions.js and
// functions.json (metadata generated from excel-addin/src/functions.ts), the icons, the
// sidebar's styles and manifest.xml with every URL from one base:
//   npm run build -- --env baseUrl=https://plans.example.com   (default https://localhost:3000)
const path = require('path');
const { existsSync, readFileSync } = require('fs');
const os = require('os');
const CopyPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'excel-addin');
const DEV_BASE = 'https://localhost:3000';

/** The dev server's certificate, where office-addin-dev-certs installed one. */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (!existsSync(file('localhost.crt'))) return undefined;
  return {
    cert: readFileSync(file('localhost.crt')),
    key: readFileSync(file('localhost.key')),
    ca: readFileSync(file('ca.crt')),
  };
}

/** The manifest's version: package.json's, with the fourth part Office asks for. */
function manifestVersion() {
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!/^\d+\.\d+\.\d+$/.test(version))
    throw new Error(`package.json version ${version} is not x.y.z`);
  return `${version}.0`;
}

module.exports = (env = {}) => {
  const base = String(env.baseUrl ?? DEV_BASE).replace(/\/+$/, '');
  if (!/^https:\/\//.test(base)) throw new Error(`--env baseUrl must be an https URL, got ${base}`);
  return {
    name: 'excel',
    mode: 'production',
    context: root,
    target: ['web', 'es2019'],
    devtool: false,
    entry: {
      functions: './excel-addin/src/functions.ts',
      taskpane: './excel-addin/src/taskpane.ts',
    },
    // Chunks (the generator, the holiday library) load from where the page came from.
    output: {
      path: out,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './excel-addin/src/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './excel-addin/taskpane.html',
        chunks: ['functions', 'taskpane'],
        scriptLoading: 'defer',
        templateParameters: { stylesheet: 'sidebar.css' },
      }),
      new CopyPlugin({
        patterns: [
          { from: 'excel-addin/assets/*.png', to: 'assets/[name][ext]' },
          { from: 'core/sidebar/sidebar.css', to: 'sidebar.css' },
          { from: 'pages/*', to: '[name][ext]' },
          {
            from: 'excel-addin/manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              content
                .toString()
                .replace(/BASE_URL/g, base)
                .replace('VERSION', manifestVersion()),
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: devCertificate() },
      static: false,
    },
  };
};
