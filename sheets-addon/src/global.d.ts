/**
 * Apps Script reads top-level functions; the bundle assigns each to `global` (webpack's name for
 * the global object, which gas-webpack-plugin turns into top-level stubs keeping their JSDoc).
 */
// A global must be declared with var to live on the global object (Node's types say the same).
// eslint-disable-next-line no-var
declare var global: typeof globalThis;
