/**
 * Builds what Outlook loads (task pane, function commands, manifest, icons) and the simulator
 * that runs those same bundles outside Outlook.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { TemplateLibraryAssetPlugin } = require("./scripts/webpack/templateLibraryAssetPlugin");
const { EntryModulesPlugin } = require("./scripts/webpack/entryModulesPlugin");
const { publicUrlFromEnv, rewriteManifestUrls } = require("./scripts/webpack/manifestUrls");

const DEV_URL = "https://localhost:3000/";

/**
 * Outlook only loads add-ins over HTTPS, so the dev server (npm run start:outlook) uses the
 * Office localhost certificate, created on first use. The simulator and CI never start it.
 */
async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const publicUrl = publicUrlFromEnv(process.env.ADDIN_PUBLIC_URL, DEV_URL);
  const templateLibraryAnchor = path.resolve(__dirname, "scripts/webpack/decision-ask-templates.js");

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    entry: {
      taskpane: "./src/ui/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      simulator: "./src/simulator/index.ts",
      "simulator/office-emulation": "./src/simulator/officeEmulation/entry.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    // Maps go to separate files that no bundle references, so reps never download them.
    devtool: production ? "hidden-source-map" : "source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: { "decision-ask-templates$": templateLibraryAnchor },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the unused parts of Fluent UI; tsconfig's CommonJS is
            // for jest and tsx. Type checks run separately (npm run typecheck).
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        {
          // The core and the host adapter are pure at import time (no module-level effects),
          // so a bundle keeps only the parts it calls: the commands file stays free of the
          // library validator and the .eml parser it never uses.
          test: /\.ts$/,
          include: [path.resolve(__dirname, "src/core"), path.resolve(__dirname, "src/host")],
          sideEffects: false,
        },
        {
          include: templateLibraryAnchor,
          use: { loader: path.resolve(__dirname, "scripts/webpack/templateLibraryLoader.js") },
        },
      ],
    },
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
        }
      : undefined,
    performance: production
      ? { hints: "warning", maxEntrypointSize: 700 * 1024, maxAssetSize: 700 * 1024 }
      : false,
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/ui/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "simulator.html",
        template: "./src/simulator/simulator.html",
        chunks: ["simulator"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/simulator/simulator.css", to: "simulator/simulator.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? rewriteManifestUrls(content.toString(), DEV_URL, publicUrl) : content,
          },
        ],
      }),
      new TemplateLibraryAssetPlugin({ templatesDir: path.resolve(__dirname, "templates") }),
      new EntryModulesPlugin({ outputFile: path.resolve(__dirname, "build/stats/entry-packages.json") }),
    ],
  };
};
