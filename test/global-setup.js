// Builds the add-on bundles once before the suites that load them (the Sheets add-on's Code.js
// and Sidebar.html, the Excel add-in's task pane, functions and manifest): the tests check what
// is deployed, not only the sources.
const webpack = require('webpack');
const path = require('path');

const CONFIGS = ['sheets-addon', 'excel-addin'].map((dir) =>
  path.join(__dirname, '..', dir, 'webpack.config.js'),
);

/** A webpack config, or a config function called with the defaults of `webpack --config`. */
const config = (c) => (typeof c === 'function' ? c({}) : c);

module.exports = async function buildAddons() {
  for (const file of CONFIGS) {
    const stats = await new Promise((resolve, reject) =>
      webpack(config(require(file)), (error, result) => (error ? reject(error) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  }
};
