// The module `decision-ask-templates` resolves here; templateLibraryLoader.js replaces this
// source with the library compiled from templates/, so the bundle always matches the files.
module.exports = {};
