// Builds the add-on bundles once before the suites that load them (the Sheets add-on's Code.js
// and Sidebar.html): the tests check what is deployed, not only the sources.
const webpack = require('webpack');
const path = require('path');

const CONFIGS = [path.join(__dirname, '..', 'sheets-addon', 'webpack.config.js')];

module.exports = async function buildAddons() {
  for (const file of CONFIGS) {
    const stats = await new Promise((resolve, reject) =>
      webpack(require(file), (error, result) => (error ? reject(error) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  }
};
