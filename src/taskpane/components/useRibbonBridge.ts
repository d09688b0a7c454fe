// The ribbon's Vergelijk as the pane takes it: before a session, a click only says to sign in first; once the session's
// workbook is open, a click becomes a request the role's page runs (or, for a role that may not compare, a note).
import { useEffect, useRef, useState } from "react";
import type { Session } from "../../app/deps";
import { connectRibbon, RIBBON_WAITS_FOR_SESSION, type RibbonBridge } from "../ribbon";
import type { RibbonCompareRequest } from "./types";

export interface RibbonState {
  /** What the pane says about a click it does not run now (no session yet, a role that may not compare). */
  readonly note: string | undefined;
  /** The ribbon's Vergelijk, for the page to run. */
  readonly request: RibbonCompareRequest | undefined;
}

export function useRibbonBridge(ribbon: RibbonBridge, session: Session | undefined, ready: boolean): RibbonState {
  const [note, setNote] = useState<string | undefined>();
  const [request, setRequest] = useState<RibbonCompareRequest | undefined>();
  const outstanding = useRef<RibbonCompareRequest | undefined>(undefined);
  const lastId = useRef(0);

  useEffect(() => {
    if (session) return;
    const stop = ribbon.onRequest(() => setNote(RIBBON_WAITS_FOR_SESSION));
    return () => {
      stop();
      // A session started: "sign in first" is done with.
      setNote(undefined);
    };
  }, [ribbon, session]);

  useEffect(() => {
    if (!session || !ready) return;
    const compare = () =>
      new Promise<void>((resolve) => {
        const id = ++lastId.current;
        const next: RibbonCompareRequest = {
          id,
          done: () => {
            resolve();
            if (outstanding.current?.id === id) outstanding.current = undefined;
            setRequest((r) => (r?.id === id ? undefined : r));
          },
        };
        outstanding.current?.done();
        outstanding.current = next;
        setNote(undefined);
        setRequest(next);
      });
    const disconnect = connectRibbon(ribbon, session.rol, { compare, refuse: setNote });
    return () => {
      disconnect();
      // A request the old role's page never took up: Office waits for the ribbon command to complete.
      outstanding.current?.done();
      setNote(undefined);
    };
  }, [ribbon, session, ready]);

  return { note, request };
}
