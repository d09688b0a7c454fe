// `npm start`: builds the add-in in development mode into dist/ and serves it on http://127.0.0.1:3000
// (PORT overrides; a busy port falls back to a free one), so demo.html runs in any browser without Excel.
// Options: --watch rebuilds on every change. BROWSER=none (or CI, or no display) only prints the address.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveDirectory } from "./serve.mjs";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Runs webpack in-process with the project's config; resolves with the compiler (for --watch). */
function build(watch) {
  const webpack = require("webpack");
  const config = require(join(projectRoot, "webpack.config.js"))({}, { mode: "development" });
  const compiler = webpack(config);
  return new Promise((resolveBuild, rejectBuild) => {
    let first = true;
    const done = (error, stats) => {
      if (error || stats.hasErrors()) {
        const text = error ? error.message : stats.toString({ all: false, errors: true, colors: process.stdout.isTTY });
        if (first) rejectBuild(new Error(`De build is mislukt:\n${text}`));
        else console.error(`Opnieuw bouwen mislukt:\n${text}`);
      } else if (first) resolveBuild(compiler);
      else console.log(`Opnieuw gebouwd (${stats.endTime - stats.startTime} ms). Vernieuw de pagina.`);
      first = false;
    };
    if (watch) compiler.watch({ aggregateTimeout: 300 }, done);
    else compiler.run((error, stats) => compiler.close(() => done(error, stats)));
  });
}

async function listen(port) {
  try {
    return await serveDirectory(join(projectRoot, "dist"), { port, host: "127.0.0.1" });
  } catch (error) {
    if (error.code !== "EADDRINUSE") throw error;
    console.log(`Poort ${port} is bezet; er wordt een vrije poort gekozen.`);
    return serveDirectory(join(projectRoot, "dist"), { port: 0, host: "127.0.0.1" });
  }
}

/** Opens the page only where someone can look at it: not under CI, not without a display, not if BROWSER=none. */
function maybeOpenBrowser(url) {
  if (process.env.CI || process.env.BROWSER === "none") return;
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => {}); // no opener installed: the printed address is enough
  child.unref();
}

async function main() {
  const watch = process.argv.includes("--watch");
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT "${process.env.PORT}" is geen geldig poortnummer.`);

  console.log("Debiteurencheck wordt gebouwd (ontwikkelmodus)…");
  const started = Date.now();
  const compiler = await build(watch);
  console.log(`Gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  const server = await listen(port);
  const demoUrl = `${server.url}demo.html`;
  console.log(`Demo-modus: open ${demoUrl} (fictieve gegevens, geen Excel nodig). Stoppen: Ctrl+C`);
  maybeOpenBrowser(demoUrl);

  const stop = () => {
    const closeWatch = watch ? new Promise((r) => compiler.close(r)) : Promise.resolve();
    Promise.all([server.close(), closeWatch]).finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
