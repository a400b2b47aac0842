/**
 * Makes sure dist/library.json exists even when no bundle imports `decision-ask-templates`
 * (the loader emits it when one does).
 */
const { compileTemplateLibrary } = require("./templateLibrary");

class TemplateLibraryAssetPlugin {
  constructor({ templatesDir }) {
    this.templatesDir = templatesDir;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(TemplateLibraryAssetPlugin.name, (compilation) => {
      compilation.contextDependencies.add(this.templatesDir);
      compilation.hooks.processAssets.tap(
        { name: TemplateLibraryAssetPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          if (compilation.getAsset("library.json")) return;
          const { library } = compileTemplateLibrary(this.templatesDir);
          compilation.emitAsset(
            "library.json",
            new sources.RawSource(`${JSON.stringify(library, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = { TemplateLibraryAssetPlugin };
