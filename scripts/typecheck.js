// Type-checks each room with its own settings (DESIGN.md): core with no ambient types and no
// DOM, so host or Node code cannot creep in; core/sidebar and web with the DOM; core/xlsx with
// ExcelJS; the CLI with Node; each add-in with its host's types; then tests and the bench with
// everything. The first room that fails stops the run.
const { execFileSync } = require('child_process');
const path = require('path');

const ROOMS = [
  'core',
  'core/sidebar',
  'core/xlsx',
  'cli',
  'web',
  'sheets-addon',
  'excel-addin',
  '.',
];
const tsc = path.join(__dirname, '..', 'node_modules', 'typescript', 'bin', 'tsc');
for (const room of ROOMS) {
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(room, 'tsconfig.json')], {
      stdio: 'inherit',
    });
  } catch {
    console.error(`typecheck: ${room} does not compile with its own settings`);
    process.exit(1);
  }
}
console.log(`typecheck: ${ROOMS.length} rooms compile`);
