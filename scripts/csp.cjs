// The one Content-Security-Policy of the add-in's pages: the webpack build puts it in a <meta> tag,
// scripts/serve.mjs sends it as a header. CommonJS so both webpack.config.js and ES modules can load it.
// Why each source is allowed: docs/deployment.md ("Content-Security-Policy").
"use strict";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** Directives that a <meta> tag can carry (frame-ancestors cannot, and Office on the web frames the page). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  // Fluent UI (Griffel) and office.js's host files insert <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // 'self' only: no personal data may leave the page; this also blocks office.js's own telemetry.
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = { CONTENT_SECURITY_POLICY, OFFICE_JS_ORIGIN };
