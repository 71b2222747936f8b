/**
 * The tests in tiers, as Jest projects: `unit` (core and the hosts' code over fakes: no bundle,
 * no engine process, no browser), `bundles` (what webpack builds, built once for them),
 * `engines` (LibreOffice, Gnumeric and HyperFormula over whole workbooks) and `browser`
 * (Chromium). `npm test` runs them all; `npx jest --selectProjects unit` runs one.
 */
const path = require('path');

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
};
const at = (...globs) => globs.map((g) => path.join('<rootDir>', 'test', g));

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  // Every core: the engine tests wait on LibreOffice and Gnumeric processes much of the time.
  maxWorkers: '100%',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: at(
        '*.test.ts',
        'core/**/*.test.ts',
        'sidebar/**/*.test.ts',
        'contract/**/*.test.ts',
        'cli/**/*.test.ts',
        'sheets-addon/{functions,layout,render,safety,time-limit}.test.ts',
        'excel-addin/{fake,functions,render,safety,wire}.test.ts',
      ),
      setupFilesAfterEnv: ['<rootDir>/test/tiers/unit.js'],
    },
    {
      ...common,
      displayName: 'bundles',
      testMatch: at(
        'sheets-addon/{bundle,deploy}.test.ts',
        'excel-addin/{bundle,dev-loop}.test.ts',
      ),
      globalSetup: '<rootDir>/test/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/test/tiers/bundles.js'],
    },
    {
      ...common,
      displayName: 'engines',
      testMatch: at('engines/**/*.test.ts'),
      setupFilesAfterEnv: ['<rootDir>/test/tiers/engines.js'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: at(
        'web/**/*.test.ts',
        'sheets-addon/{sidebar,marketplace}.test.ts',
        'excel-addin/taskpane.test.ts',
      ),
      globalSetup: '<rootDir>/test/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/test/tiers/browser.js'],
    },
  ],
};
