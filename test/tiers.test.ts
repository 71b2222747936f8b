/**
 * Every test file runs in exactly one tier (jest.config.js lists some by name): a test no tier
 * matches would never run, and one two tiers match would run twice.
 */
import { readdirSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');
// Jest's own glob matcher (a dependency of Jest's), as it reads testMatch.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const micromatch = require('micromatch') as { isMatch(file: string, globs: string[]): boolean };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../jest.config.js') as {
  projects: { displayName: string; testMatch: string[] }[];
};

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(full);
    return e.name.endsWith('.test.ts') ? [full] : [];
  });

it('runs every test file in exactly one tier', () => {
  const tiers = (file: string) =>
    config.projects
      .filter((p) =>
        micromatch.isMatch(
          file,
          p.testMatch.map((g) => g.replace('<rootDir>', root)),
        ),
      )
      .map((p) => p.displayName);
  const wrong = testFiles(path.join(root, 'test'))
    .map((f) => ({ file: path.relative(root, f), tiers: tiers(f) }))
    .filter((f) => f.tiers.length !== 1);
  expect(wrong).toEqual([]);
});
