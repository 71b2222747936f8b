// The browser tier's time for one test (jest.config.js): a project has no testTimeout of its own.
jest.setTimeout(120000);
