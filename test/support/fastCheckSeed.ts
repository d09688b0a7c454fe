// Property and fuzz tests explore new random cases on a developer's machine, but in CI (CI=true) they replay one
// fixed seed, so a red CI always means a change broke something, never an unlucky draw. FC_SEED=<n> replays any seed
// (fast-check prints the seed of a failure).
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "20211231" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
