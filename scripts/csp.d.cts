// Types for scripts/csp.cjs.
export const CONTENT_SECURITY_POLICY: string;
export const OFFICE_JS_ORIGIN: "https://appsforoffice.microsoft.com";
