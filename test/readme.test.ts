/** The README's map of the code matches the tree: every folder it names exists, none is missing. */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');

function mappedFolders(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const map = readme.slice(readme.indexOf('## The code'));
  return [...map.matchAll(/^\| ([\w./-]+) +\|/gm)]
    .map((m) => m[1])
    .filter((f) => f !== 'folder' && !f.startsWith('-'));
}

describe('the README map of the code', () => {
  it('names only what exists', () => {
    expect(mappedFolders().filter((f) => !existsSync(path.join(root, f)))).toEqual([]);
  });

  it('names every folder of core and every top-level code folder', () => {
    const dirs = (dir: string) =>
      readdirSync(path.join(root, dir)).filter((f) =>
        statSync(path.join(root, dir, f)).isDirectory(),
      );
    const core = dirs('core').map((d) => `core/${d}`);
    const top = ['cli', 'web', 'sheets-addon', 'excel-addin', 'test', 'bench'];
    expect(
      [...core, 'core/generate.ts', ...top].filter((f) => !mappedFolders().includes(f)),
    ).toEqual([]);
  });
});
