/**
 * `npm start`: builds the add-in when dist/ is missing or older than its sources, then serves
 * dist/ and the simulator page on the loopback interface. The add-in's HTML pages are served
 * with the office.js script swapped for the simulator's Office.js emulation; their bundles are
 * served unchanged, byte for byte what Outlook loads.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const { spawn } = require("child_process");
const { URL } = require("url");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const MAILBOX = path.join(ROOT, "src/simulator/mailbox");
const BUILD_INPUTS = ["src", "templates", "assets", "manifest.xml", "webpack.config.js", "scripts/webpack"];
// Production HTML is minified, so the attribute may be unquoted.
const OFFICE_JS_TAG =
  /<script\b[^>]{0,500}\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/[^"'\s>]{0,200}office\.js["']?[^>]{0,200}>\s{0,20}<\/script>/gi;
const EMULATION_TAG = '<script src="/simulator/office-emulation.js"></script>';

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIsStale() {
  const built = path.join(DIST, "simulator.html");
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > builtAt);
}

function runWebpack(mode, extraArgs = []) {
  const bin = require.resolve("webpack-cli/bin/cli.js");
  return spawn(process.execPath, [bin, "--mode", mode, ...extraArgs], { cwd: ROOT, stdio: "inherit" });
}

/** Runs a webpack build; `quiet` prints only errors and warnings (for test and bench logs). */
function build(mode, { quiet = false } = {}) {
  const args = quiet ? ["--stats", "errors-warnings"] : [];
  return new Promise((resolve, reject) => {
    runWebpack(mode, args).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack exited with ${code}`)),
    );
  });
}

/** The add-in pages run against the emulation instead of Microsoft's office.js. */
function withOfficeEmulation(html) {
  return html.replace(OFFICE_JS_TAG, EMULATION_TAG);
}

function readMailbox() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".eml")) {
        files.push({ fileName: path.relative(MAILBOX, full), raw: fs.readFileSync(full, "utf8") });
      }
    }
  };
  walk(MAILBOX);
  return files;
}

function send(res, status, type, body) {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(body);
}

function handle(req, res) {
  const url = new URL(req.url, "http://localhost");
  let pathname = decodeURIComponent(url.pathname);
  if (req.method !== "GET" && req.method !== "HEAD")
    return send(res, 405, TYPES[".txt"], "Method not allowed");
  if (pathname === "/") pathname = "/simulator.html";
  if (pathname === "/simulator/mailbox") return send(res, 200, TYPES[".json"], JSON.stringify(readMailbox()));
  const file = path.normalize(path.join(DIST, pathname));
  if (!file.startsWith(DIST + path.sep)) return send(res, 403, TYPES[".txt"], "Forbidden");
  fs.readFile(file, (error, data) => {
    if (error) return send(res, 404, TYPES[".txt"], `Not found: ${pathname}`);
    const ext = path.extname(file);
    const type = TYPES[ext] ?? "application/octet-stream";
    if (ext === ".html" && pathname !== "/simulator.html")
      return send(res, 200, type, withOfficeEmulation(data.toString("utf8")));
    send(res, 200, type, data);
  });
}

/** Starts the server on 127.0.0.1; port 0 picks a free one. Resolves to { server, url }. */
function startServer(port = 3000) {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handle);
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://localhost:${actual}/` });
    });
  });
}

async function main() {
  const watch = process.argv.includes("--watch");
  const port = Number(process.env.PORT ?? 3000);
  if (watch) {
    runWebpack("development", ["--watch"]);
  } else if (buildIsStale()) {
    console.log("Building the add-in (development)…");
    await build("development", { quiet: true });
  }
  const { url } = await startServer(port).catch((error) => {
    if (error.code === "EADDRINUSE")
      throw new Error(`Port ${port} is in use; run with PORT=<another port> npm start.`);
    throw error;
  });
  console.log(`Decision Ask simulator: ${url}`);
  console.log("It serves the add-in's own bundles from dist/; press Ctrl+C to stop.");
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

module.exports = { startServer, build, withOfficeEmulation, buildIsStale };
