// Builds the add-in's pages into dist/: taskpane.html (task pane + shared runtime), commands.html, demo.html,
// plus assets/ and manifest.xml (with the production URL from ADDIN_URL). See docs/deployment.md.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { CONTENT_SECURITY_POLICY } = require("./scripts/csp.cjs");
const { DEV_URL, checkAddinUrl, rewriteManifestUrls } = require("./scripts/manifest-rules.cjs");

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = 3000;
const DEV_CERTS = path.join(os.homedir(), ".office-addin-dev-certs");

/** ADDIN_URL for production builds (default: the development URL), refused unless https and ending in "/". */
function productionUrl() {
  const value = process.env.ADDIN_URL ?? DEV_URL;
  if (process.env.ADDIN_URL === undefined) {
    console.warn(`[build] ADDIN_URL is niet gezet: dist/manifest.xml wijst naar ${DEV_URL}. Voor de server van de stad: ADDIN_URL=https://…/ npm run build`);
  }
  const checked = checkAddinUrl(value);
  if (!checked.ok) {
    const error = new Error(checked.message);
    error.stack = checked.message; // a configuration mistake, not a bug: no stack trace
    throw error;
  }
  return checked.url;
}

/** https with office-addin-dev-certs' files when present (Excel needs https); plain http otherwise. */
function devServerTransport() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(DEV_CERTS, f)]));
  if (Object.values(paths).every((p) => fs.existsSync(p))) {
    return { type: "https", options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
  }
  console.warn(
    `[dev-server] Geen ontwikkelcertificaten in ${DEV_CERTS}: de server draait op http, wat Excel weigert. ` +
      "Maak ze met `npx office-addin-dev-certs install` (zie docs/deployment.md).",
  );
  return { type: "http" };
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const addinUrl = production ? productionUrl() : DEV_URL;
  const serving = process.argv.includes("serve") || Boolean(process.env.WEBPACK_SERVE);

  const page = (template, filename, chunks) =>
    new HtmlWebpackPlugin({
      template,
      filename,
      chunks,
      chunksSortMode: "manual",
      scriptLoading: "defer",
      templateParameters: { csp: CONTENT_SECURITY_POLICY, officeJsUrl: OFFICE_JS_URL },
    });

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval, in development too.
    devtool: production ? false : "cheap-module-source-map",
    // Edge WebView2, Safari WKWebView (Excel on Mac) and current browsers; nothing for Internet Explorer.
    target: ["web", "es2020"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // The workspace packages (packages/*) are bundled from their TypeScript source (their package.json "exports").
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"], conditionNames: ["@debiteurencheck/source", "..."] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                target: "es2020",
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: !production } },
              },
            },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the page: taskpane.html loads the taskpane and commands entries, and in the
      // shared runtime both must see the same module instances (one app state, one event subscription).
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          // React + Fluent change rarely: their own cached chunk keeps the task pane's own code small.
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial", priority: -10 },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page("./src/taskpane/taskpane.html", "taskpane.html", ["runtime", "vendor", "taskpane", "commands"]),
      page("./src/commands/commands.html", "commands.html", ["runtime", "vendor", "commands"]),
      page("./src/demo/demo.html", "demo.html", ["runtime", "vendor", "demo"]),
      // The user guide the task pane's "Handleiding" link opens: no scripts, the same CSP.
      page("./src/help/hulp.html", "hulp.html", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "[path][name][ext]", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            info: { minimized: true },
            transform: (content) => (production ? rewriteManifestUrls(content.toString("utf8"), addinUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: "localhost", // not on the local network: the add-in is only for this machine's Excel
          server: devServerTransport(),
          headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
