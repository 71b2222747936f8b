/**
 * npm run deploy:sheets from a fresh clone: the pinned clasp pushes the whole built add-on —
 * manifest, server code and sidebar — without asking anything (no terminal is attached), and
 * says what it pushed. clasp's network is a stub (test/stubs/apps-script-api.js): it answers
 * the Apps Script API's two calls and records what arrived.
 */
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

const root = path.join(__dirname, '..', '..');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-';

interface Call {
  method: string;
  path: string;
  body: { files: { name: string; type: string; source: string }[] } | null;
}

/** A project folder as a publisher has it: the built add-on and .clasp.json; clasp signed in. */
function publisher(options: { project?: boolean; signedIn?: boolean } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'planbook-deploy-'));
  cpSync(path.join(root, 'dist', 'sheets-addon'), path.join(dir, 'dist', 'sheets-addon'), {
    recursive: true,
  });
  if (options.project !== false) {
    writeFileSync(
      path.join(dir, '.clasp.json'),
      JSON.stringify({ scriptId: SCRIPT_ID, rootDir: 'dist/sheets-addon' }),
    );
  }
  if (options.signedIn !== false) {
    const token = {
      type: 'authorized_user',
      client_id: 'planbook-test.apps.googleusercontent.com',
      client_secret: 'secret',
      refresh_token: 'refresh',
      access_token: 'access',
      expiry_date: Date.parse('2100-01-01'),
    };
    writeFileSync(path.join(dir, '.clasprc.json'), JSON.stringify({ tokens: { default: token } }));
  }
  const run = () =>
    spawnSync(process.execPath, [path.join(root, 'scripts', 'deploy-sheets.js')], {
      env: {
        ...process.env,
        CLASP_PROJECT: path.join(dir, '.clasp.json'),
        CLASP_AUTH: path.join(dir, '.clasprc.json'),
        APPS_SCRIPT_STUB_LOG: path.join(dir, 'calls.json'),
        NODE_OPTIONS: `--require ${path.join(root, 'test', 'stubs', 'apps-script-api.js')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 60000,
    });
  const calls = (): Call[] => JSON.parse(readFileSync(path.join(dir, 'calls.json'), 'utf8'));
  return { dir, run, calls, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('npm run deploy:sheets', () => {
  it('builds, then pushes with the pinned clasp and --force', () => {
    const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts['deploy:sheets']).toBe('npm run build:sheets && node scripts/deploy-sheets.js');
    const deploy = readFileSync(path.join(root, 'scripts', 'deploy-sheets.js'), 'utf8');
    // The clasp of node_modules, never one npx would download.
    expect(deploy).toMatch(/path\.join\(root, 'node_modules', '@google', 'clasp'/);
    expect(deploy).toMatch(/'push', '--force'/);
    expect(deploy).not.toMatch(/spawnSync\('npx'/);
  });

  it('pushes the manifest, the server code, the holiday library and the sidebar without a prompt, and says so', () => {
    const p = publisher();
    try {
      const result = p.run();
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toBe(
        `Pushed 4 files to script ${SCRIPT_ID}:\n` +
          '  dist/sheets-addon/appsscript.json\n  dist/sheets-addon/Code.js\n' +
          '  dist/sheets-addon/Holidays.html\n  dist/sheets-addon/Sidebar.html\n',
      );
      const [read, write] = p.calls();
      expect([read.method, write.method]).toEqual(['GET', 'PUT']);
      expect(write.path).toBe(`/v1/projects/${SCRIPT_ID}/content`);
      const built = (file: string) =>
        readFileSync(path.join(root, 'dist', 'sheets-addon', file), 'utf8');
      expect(write.body?.files.map((f) => [f.name, f.type])).toEqual([
        ['appsscript', 'JSON'],
        ['Code', 'SERVER_JS'],
        ['Holidays', 'HTML'],
        ['Sidebar', 'HTML'],
      ]);
      expect(write.body?.files.map((f) => f.source)).toEqual([
        built('appsscript.json'),
        built('Code.js'),
        built('Holidays.html'),
        built('Sidebar.html'),
      ]);
    } finally {
      p.done();
    }
  });

  it('says what to do when the project is not set up or clasp is not signed in', () => {
    const noProject = publisher({ project: false });
    const notSignedIn = publisher({ signedIn: false });
    try {
      const a = noProject.run();
      expect([a.status, a.stderr]).toEqual([
        1,
        expect.stringMatching(/\.clasp\.json is missing: copy \.clasp\.json\.example/),
      ]);
      const b = notSignedIn.run();
      expect([b.status, b.stderr]).toEqual([
        1,
        expect.stringMatching(/clasp is not signed in: run `npx clasp login`/),
      ]);
    } finally {
      noProject.done();
      notSignedIn.done();
    }
  });
});
