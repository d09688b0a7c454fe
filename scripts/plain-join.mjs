// The lower bound for `vergelijk --json` (issue 13): a plain script that reads the same two CSV lists, splits lines,
// puts the clients' digits in one Set and prints per debtor whether its digits are in it, as JSON. No validation,
// no names, no addresses, no data-quality checks. Usage: node scripts/plain-join.mjs <debiteuren.csv> <clienten.csv>
import { readFileSync, writeSync } from "node:fs";

const [debtorFile, clientFile] = process.argv.slice(2);
const rows = (file) => readFileSync(file, "utf8").split(/\r?\n/).slice(1).filter((line) => line !== "").map((line) => line.split(";"));
const numbers = new Set(rows(clientFile).map((r) => r[2].replace(/\D/g, "")));
const out = rows(debtorFile).map((r) => ({ dossiernummer: r[0], client: numbers.has(r[3].replace(/\D/g, "")) }));
writeSync(1, JSON.stringify(out));
