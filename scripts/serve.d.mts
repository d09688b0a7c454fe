// Types for scripts/serve.mjs (plain JavaScript so `npm start` needs no build step).

export interface ServedDirectory {
  /** Base URL, ending with "/", e.g. "http://127.0.0.1:3000/". */
  url: string;
  close(): Promise<void>;
}

export function serveDirectory(dir: string, options?: { port?: number; host?: string }): Promise<ServedDirectory>;
