// A tiny static file server for dist/ (demo mode and browser tests): GET/HEAD only, no directory listing,
// nothing outside the served folder, and the add-in's Content-Security-Policy on every HTML page.
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, resolve, sep } from "node:path";
import csp from "./csp.cjs";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

function send(res, status, text, extra = {}) {
  res.writeHead(status, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...extra });
  res.end(text);
}

/** The file a request path names inside root, or a status code when it may not or cannot be served. */
async function resolveFile(root, rawPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawPath, "http://localhost").pathname);
  } catch {
    return 400;
  }
  if (pathname.includes("\0")) return 400;
  // Refuse ".." and hidden names outright (also when the URL encoded them), before touching the disk.
  if (pathname.split(/[\\/]/).some((segment) => segment === ".." || segment.startsWith("."))) return 403;
  const candidate = resolve(root, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return 403;
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return 403; // a symbolic link pointing out of the folder
    return (await stat(real)).isFile() ? real : 404; // directories are never listed
  } catch {
    return 404;
  }
}

/**
 * Serves `dir` over http. Resolves once listening; `url` ends with "/".
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDirectory(dir, { port = 0, host = "127.0.0.1" } = {}) {
  const root = await realpath(resolve(dir));
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    resolveFile(root, req.url ?? "/").then(
      (file) => {
        if (typeof file === "number") {
          send(res, file, file === 404 ? "Not found" : file === 403 ? "Forbidden" : "Bad request");
          return;
        }
        const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
        const headers = { ...COMMON_HEADERS, "Content-Type": type };
        if (type.startsWith("text/html")) headers["Content-Security-Policy"] = csp.CONTENT_SECURITY_POLICY;
        res.writeHead(200, headers);
        if (req.method === "HEAD") res.end();
        else createReadStream(file).on("error", () => res.destroy()).pipe(res);
      },
      () => send(res, 500, "Internal error"),
    );
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, host, () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
