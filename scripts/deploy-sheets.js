// Pushes the built Sheets add-on (dist/sheets-addon) to its Apps Script project with the clasp
// this repository pins (no download at run time), without a prompt: `clasp push --force`
// replaces the whole remote project, manifest included, with the built folder. Says what it
// pushed. `npm run deploy:sheets` builds first. The project is .clasp.json (see the README);
// CLASP_PROJECT and CLASP_AUTH name others (the tests use them).
const { spawnSync } = require('child_process');
const { existsSync, readFileSync } = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const project = process.env.CLASP_PROJECT ?? path.join(root, '.clasp.json');
const auth = process.env.CLASP_AUTH ?? path.join(os.homedir(), '.clasprc.json');
const clasp = path.join(root, 'node_modules', '@google', 'clasp', 'build', 'src', 'index.js');
const built = path.join(root, 'dist', 'sheets-addon');

function fail(message) {
  console.error(`deploy:sheets: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(built, 'Code.js'))) {
  fail('dist/sheets-addon has no Code.js: run `npm run build:sheets` (deploy:sheets does)');
}
if (!existsSync(project)) {
  fail(
    `${path.relative(root, project)} is missing: copy .clasp.json.example to .clasp.json and ` +
      "put your script's id in it (README: The Google Sheets add-on)",
  );
}
const config = JSON.parse(readFileSync(project, 'utf8'));
if (!config.scriptId || /\s/.test(config.scriptId)) {
  fail(`${path.relative(root, project)} has no script id (Apps Script → Project Settings)`);
}
if (!existsSync(auth)) {
  fail('clasp is not signed in: run `npx clasp login` once (it opens a browser)');
}

const run = spawnSync(
  process.execPath,
  [clasp, '--project', project, '--auth', auth, 'push', '--force', '--json'],
  // No terminal: clasp cannot ask anything; what it would ask, --force has answered.
  { cwd: path.dirname(project), stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (run.status !== 0) fail(`clasp push failed (exit ${run.status})`);
let files;
try {
  files = JSON.parse(run.stdout);
} catch {
  fail(`clasp push said: ${run.stdout.trim()}`);
}
console.log(`Pushed ${files.length} files to script ${config.scriptId}:`);
// The built folder is flat: each file by its place in the project.
for (const file of files) console.log(`  ${path.posix.join(config.rootDir, path.basename(file))}`);
