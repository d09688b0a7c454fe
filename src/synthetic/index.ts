// Fictitious ("fictieve gegevens") debtors and OCMW clients for the benchmark, the browser demo and the CLI.
export { generateDataset, type Dataset, type DatasetOptions } from "./generateDataset";
export { seededRandom, mulberry32, type Random } from "./random";
export { checkDigitsFor, makeNationalNumber } from "./nationalNumbers";
