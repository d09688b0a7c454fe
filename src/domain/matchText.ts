// The Match column's texts the comparison writes (its explanation of each result); shared by matching and recomparison.
export const MATCH_TEXT = {
  nationalNumber: "rijksregisternummer",
  nameAddress: "naam + adres",
  none: "geen overeenkomst",
  emptyRow: "lege rij – niet vergeleken",
} as const;
