// Production build through webpack's Node API, returning the stats the bundle budget is read from.
import webpack from "webpack";
import { createRequire } from "node:module";

export async function buildProduction() {
  const require = createRequire(import.meta.url);
  const configFactory = require("../webpack.config.js");
  const config = typeof configFactory === "function" ? await configFactory({}, { mode: "production" }) : configFactory;
  const configs = Array.isArray(config) ? config : [config];
  return new Promise((resolve, reject) => {
    webpack(configs.map((c) => ({ ...c, mode: "production" })), (error, multi) => {
      if (error) return reject(error);
      if (multi.hasErrors()) return reject(new Error(multi.toString({ all: false, errors: true })));
      const stats = multi.stats[0].toJson({ all: false, entrypoints: true, assets: true });
      resolve(stats);
    });
  });
}
