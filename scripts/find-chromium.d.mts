export interface FoundChromium {
  readonly executablePath: string;
  /** The environment to launch it with; undefined: inherit the test process's. */
  readonly env: Record<string, string | undefined> | undefined;
  readonly source: "CHROMIUM_PATH" | "installed" | "npm @sparticuz/chromium";
}
export function installedCandidates(platform?: NodeJS.Platform, env?: Record<string, string | undefined>): string[];
export function findChromium(projectRoot: string, env?: Record<string, string | undefined>): Promise<FoundChromium>;
