// The Excel add-in's development loop, in order: build dist/excel-addin (so that the manifest
// exists before anything reads it), make sure the development certificate for localhost is
// installed (office-addin-dev-certs, a devDependency), serve the add-in on
// https://localhost:3000, then sideload it:
//   npm run start:excel               desktop Excel on Windows or macOS, Excel on the web elsewhere
//   npm run start:excel -- web        Excel on the web: how to upload the manifest
//   npm run start:excel -- desktop    Windows (a Developer registry entry) or macOS (the wef folder)
//   add --dry-run to print the steps and run none; --platform win32|darwin|linux to plan for one
// Nothing is downloaded at run time. Ctrl+C stops the server.
const { spawn, spawnSync } = require('child_process');
const { copyFileSync, mkdirSync, readFileSync } = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const manifest = path.join(root, 'dist', 'excel-addin', 'manifest.xml');
const PORT = 3000;
const webpackCli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const config = path.join(root, 'excel-addin', 'webpack.config.js');

function options(argv) {
  const at = (flag) => argv.indexOf(flag);
  const platform = at('--platform') >= 0 ? argv[at('--platform') + 1] : process.platform;
  const desktopCan = platform === 'win32' || platform === 'darwin';
  const target = argv.includes('web')
    ? 'web'
    : argv.includes('desktop')
      ? 'desktop'
      : desktopCan
        ? 'desktop'
        : 'web';
  if (target === 'desktop' && !desktopCan) {
    throw new Error(
      `desktop Excel runs on Windows and macOS, not ${platform}: use \`npm run start:excel -- web\``,
    );
  }
  return { platform, target, dryRun: argv.includes('--dry-run'), home: os.homedir() };
}

/** The add-in's id, as the manifest says (sideloading files it under that name). */
function addinId() {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifest, 'utf8'));
  if (!id) throw new Error(`${manifest} has no <Id>`);
  return id[1];
}

/** Starts desktop Excel (a test passes its own, to record the call instead). */
const launchApp = (command, args) => spawnSync(command, args, { stdio: 'inherit' });

/** How the add-in reaches Excel on this platform: what a step does, and the doing of it. */
function sideloadStep({ platform, target, home, launch = launchApp }) {
  if (target === 'web') {
    return {
      says: 'Excel on the web: open a workbook, Home → Add-ins → More Add-ins → Upload My Add-in, and choose dist/excel-addin/manifest.xml (keep this terminal open while you try it)',
      run: () => undefined,
    };
  }
  if (platform === 'darwin') {
    const wef = path.join(
      home,
      'Library',
      'Containers',
      'com.microsoft.Excel',
      'Data',
      'Documents',
      'wef',
    );
    return {
      says: `copy the manifest into ${wef} and open Excel`,
      run: () => {
        mkdirSync(wef, { recursive: true });
        copyFileSync(manifest, path.join(wef, `${addinId()}.manifest.xml`));
        launch('open', ['-a', 'Microsoft Excel']);
      },
    };
  }
  const key = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
  return {
    says: `reg add "${key}" /v <the add-in's id> /d "${manifest}" and open Excel`,
    run: () => {
      spawnSync('reg', ['add', key, '/v', addinId(), '/t', 'REG_SZ', '/d', manifest, '/f'], {
        stdio: 'inherit',
      });
      launch('cmd', ['/c', 'start', 'excel']);
    },
  };
}

/** Resolves once the dev server answers (it builds in memory before it listens). */
async function served(url, tries = 120) {
  const https = require('https');
  for (let i = 0; i < tries; i++) {
    const ok = await new Promise((resolve) => {
      https
        .get(url, { rejectUnauthorized: false }, (res) => resolve(res.statusCode === 200))
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

function steps(o) {
  const sideload = sideloadStep(o);
  return [
    {
      name: 'build',
      says: `webpack --config excel-addin/webpack.config.js (dist/excel-addin for https://localhost:${PORT})`,
      run: () => {
        const r = spawnSync(process.execPath, [webpackCli, '--config', config], {
          cwd: root,
          stdio: 'inherit',
        });
        if (r.status !== 0) throw new Error('the build failed');
      },
    },
    {
      name: 'certificates',
      says: 'office-addin-dev-certs: a certificate for localhost, trusted by this computer (asks once)',
      run: () => require('office-addin-dev-certs').ensureCertificatesAreInstalled(),
    },
    {
      name: 'serve',
      says: `webpack serve --config excel-addin/webpack.config.js on https://localhost:${PORT}`,
      run: async () => {
        const server = spawn(process.execPath, [webpackCli, 'serve', '--config', config], {
          cwd: root,
          stdio: 'inherit',
        });
        server.on('exit', (code) => process.exit(code ?? 0));
        await served(`https://localhost:${PORT}/manifest.xml`);
      },
    },
    { name: `sideload (${o.target})`, says: sideload.says, run: sideload.run },
  ];
}

async function main(argv) {
  const o = options(argv);
  for (const [i, step] of steps(o).entries()) {
    console.log(`${i + 1}. ${step.name}: ${step.says}`);
    if (!o.dryRun) await step.run();
  }
}

module.exports = { options, steps };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`start:excel: ${error.message}`);
    process.exit(1);
  });
}
