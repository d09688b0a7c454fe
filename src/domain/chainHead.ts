// A chain head (Nr + hash of the last row) and its text form "nr:hash", shared by the seal checks and the
// seal/close-record parser without either importing the other.
export interface ChainHead {
  readonly nr: number;
  readonly hash: string;
}

export const formatHead = (h: ChainHead): string => `${h.nr}:${h.hash}`;

/** Reads "nr:hash" (as shown to the DPO and written in a segment start); undefined when it is not one. */
export function parseHead(text: string): ChainHead | undefined {
  const m = /^\s*(\d{1,15}):([0-9a-fA-F]{64})\s*$/.exec(text);
  if (!m) return undefined;
  return { nr: Number(m[1]), hash: m[2].toLowerCase() };
}
