import { join } from "node:path";
import { findChromium, installedCandidates } from "../../scripts/find-chromium.mjs";

const ROOT = join(__dirname, "..", "..");

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, as given", async () => {
    const found = await findChromium(ROOT, { CHROMIUM_PATH: process.execPath });
    expect(found).toEqual({ executablePath: process.execPath, env: undefined, source: "CHROMIUM_PATH" });
  });

  it("refuses a CHROMIUM_PATH that does not exist instead of looking further", async () => {
    await expect(findChromium(ROOT, { CHROMIUM_PATH: "/nergens/chromium" })).rejects.toThrow("CHROMIUM_PATH=/nergens/chromium does not exist.");
  });
});

describe("installedCandidates", () => {
  it("knows Chrome, Edge and Chromium under Program Files and the user's AppData on Windows", () => {
    const env = { PROGRAMFILES: "C:\\Program Files", "PROGRAMFILES(X86)": "C:\\Program Files (x86)", LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" };
    const paths = installedCandidates("win32", env);
    expect(paths[0]).toBe("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
    expect(paths).toContain("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe");
    expect(paths).toContain("C:\\Users\\a\\AppData\\Local\\Chromium\\Application\\chrome.exe");
    expect(paths).toHaveLength(9);
  });

  it("knows the application bundles on macOS, system-wide and the user's own", () => {
    const paths = installedCandidates("darwin", { HOME: "/Users/a" });
    expect(paths).toEqual([
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Users/a/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Users/a/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]);
  });

  it("looks in /usr/bin and snap on Linux, Debian's chromium first", () => {
    const paths = installedCandidates("linux", {});
    expect(paths[0]).toBe("/usr/bin/chromium");
    expect(paths).toContain("/usr/bin/google-chrome-stable");
    expect(paths[paths.length - 1]).toBe("/snap/bin/chromium");
  });
});
