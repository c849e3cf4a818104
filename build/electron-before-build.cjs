// electron-builder `beforeBuild` hook (electron-builder.yml). Resolving to false tells
// electron-builder that node_modules is handled elsewhere: it then neither installs,
// rebuilds nor copies the production dependencies into the app. Powermap ships none: the
// main process, the preload and the renderer are bundles in dist/ with everything inside.
'use strict';

module.exports = async function beforeBuild() {
  return false;
};
