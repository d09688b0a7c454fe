// Runs scripts/apisets.ts (npm run apisets): exit 1 when an Office API member above the manifest's minimum is unguarded.
import { requireTs } from "./ts-run.mjs";

process.exitCode = requireTs("scripts/apisets.ts").main();
