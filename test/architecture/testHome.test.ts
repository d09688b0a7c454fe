// One home for tests (README, "Tests live in test/"): test/ for the add-in, packages/<name>/test for a workspace package. A test
// elsewhere would not run: jest.config.js looks only there.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Every file under `dir` whose name matches, as a path from the repository root. */
function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const TEST_FILE = /\.test\.tsx?$/;

describe("where tests live", () => {
  it("no test beside the add-in's source", () => {
    expect(filesUnder(join(ROOT, "src"), TEST_FILE)).toEqual([]);
  });

  it("a package's tests in its test folder, none beside its source", () => {
    const packages = readdirSync(join(ROOT, "packages"));
    expect(packages).toContain("memory-excel");
    for (const name of packages) {
      expect(filesUnder(join(ROOT, "packages", name, "src"), TEST_FILE)).toEqual([]);
      expect(filesUnder(join(ROOT, "packages", name, "test"), TEST_FILE).length).toBeGreaterThan(0);
    }
  });
});
