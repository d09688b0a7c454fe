// Vergelijk: the client list from a file (recommended: read in memory, never stored) or from the OCMW-cliënten
// sheet; a progress bar while it runs; then the result (CompareResult.tsx) and the offer to delete the client sheet.
// The ribbon's Vergelijk runs here too (from the sheet). A social worker compares with her own list (her role's compare
// scope, src/app/roleView.ts). State and steps: useCompare.ts.
import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { ClientSource } from "../../app/compare";
import type { Session } from "../../app/deps";
import type { TaskpaneServices } from "../useCases";
import { CompareOutcome } from "./CompareResult";
import { ConfirmButton } from "./ConfirmButton";
import { ProblemBar } from "./feedback";
import { FilePicker } from "./FilePicker";
import { Section } from "./Section";
import { useFormStyles, useVisuallyHiddenStyles } from "./styles";
import type { RibbonCompareRequest } from "./types";
import { useCompare, type Compare } from "./useCompare";

export interface CompareSectionProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly ribbonRequest?: RibbonCompareRequest;
  /** Why comparing is not possible now (outside the protocol period, project closed); the button is then disabled. */
  readonly blockedReason?: string;
  /** After a comparison that wrote statuses (the social worker's list reloads). */
  onCompared?(): void;
}

export function CompareSection({ services, session, ribbonRequest, blockedReason, onCompared }: CompareSectionProps) {
  const formStyles = useFormStyles();
  const { hidden } = useVisuallyHiddenStyles();
  // A role that does not compare (the DPO) never gets this section.
  const scope = services.roleView(session).compare ?? "all-debtors";
  const worker = scope === "own-list";
  const compare = useCompare({ services, session, scope, ribbonRequest, onCompared });
  const { action, progress, report } = compare;
  return (
    <div ref={compare.section}>
      <Section title={worker ? "Vergelijk met een eigen cliëntenlijst" : "Vergelijken met de OCMW-cliënten"} id="vergelijk">
        <SourceChoice worker={worker} compare={compare} />
        {blockedReason && (
          <Text as="p" size={200} style={{ margin: 0 }} data-testid="vergelijk-geblokkeerd">
            {blockedReason}
          </Text>
        )}
        <div className={formStyles.actions}>
          <Button appearance="primary" onClick={compare.run} disabled={action.busy || !!blockedReason} data-testid="vergelijk">
            Vergelijk
          </Button>
        </div>
        {action.busy && progress && (
          <Field validationMessage={progress.stap} validationState="none">
            <ProgressBar value={progress.fraction} aria-label="Voortgang van de vergelijking" data-testid="voortgang" />
          </Field>
        )}
        {compare.fromRibbon && (
          <Text as="p" size={200} style={{ margin: 0 }} role="status" data-testid="via-lint">
            Gestart met ‘Vergelijk’ op het lint: de cliëntenlijst komt uit het blad ‘OCMW-cliënten’.
          </Text>
        )}
        <ProblemBar shown={action.shown} />
        <div role="status" className={hidden} data-testid="vergelijk-aangekondigd">
          {compare.announced}
        </div>
        {report && (
          <div ref={compare.result} tabIndex={-1} aria-label="Resultaat van de vergelijking" role="region" data-testid="resultaat">
            <CompareOutcome report={report} scope={scope} />
          </div>
        )}
        {report?.clientSheetPresent && !compare.sheetDeleted && <DeleteSheetOffer busy={action.busy} onDelete={compare.deleteSheet} />}
        {compare.sheetDeleted && (
          <MessageBar intent="success" data-testid="blad-verwijderd">
            <MessageBarBody>Het blad ‘OCMW-cliënten’ is verwijderd.</MessageBarBody>
          </MessageBar>
        )}
      </Section>
    </div>
  );
}

/** A social worker picks her own file; the debtor team chooses between a file and the sheet. */
function SourceChoice({ worker, compare }: { worker: boolean; compare: Compare }) {
  return (
    <>
      {worker ? (
        <Text as="p" size={200} style={{ margin: 0 }}>
          Kies een bestand met uw cliënten (CSV of Excel: voornaam, achternaam, rijksregisternummer, adres). Het wordt alleen gelezen, nooit in de
          werkmap bewaard. Daarna ziet u hieronder de dossiers die het OCMW aangaan.
        </Text>
      ) : (
        <Field label="Cliëntenlijst">
          <RadioGroup value={compare.mode} onChange={(_, d) => compare.setMode(d.value as ClientSource["kind"])} data-testid="bron-keuze">
            <Radio value="bestand" label="Uit een bestand (aanbevolen: de lijst wordt alleen gelezen, niet in de werkmap bewaard)" />
            <Radio value="blad" label="Uit het blad ‘OCMW-cliënten’ in deze werkmap" />
          </RadioGroup>
        </Field>
      )}
      {(worker || compare.mode === "bestand") && (
        <FilePicker label={worker ? "Bestand met uw cliëntenlijst" : "Bestand met OCMW-cliënten"} testId="clienten-bestand" disabled={compare.action.busy} onFile={compare.setFile} />
      )}
    </>
  );
}

/** After a comparison from the sheet: the sheet is no longer needed in the shared workbook. */
function DeleteSheetOffer({ busy, onDelete }: { busy: boolean; onDelete(): void }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="blad-verwijderen-aanbod">
      <MessageBarBody>
        <Text as="p" style={{ margin: "0 0 8px" }}>
          Het blad ‘OCMW-cliënten’ is na het vergelijken niet meer nodig. Verwijder het, zodat de cliëntenlijst niet in de gedeelde werkmap blijft
          staan.
        </Text>
        <ConfirmButton
          label="Blad OCMW-cliënten verwijderen"
          title="Blad verwijderen"
          question="Bevestigen dat het blad ‘OCMW-cliënten’ uit de werkmap verwijderd wordt? Dat komt in het logboek."
          confirmLabel="Verwijderen"
          appearance="primary"
          disabled={busy}
          testId="blad-verwijderen"
          onConfirm={onDelete}
        />
      </MessageBarBody>
    </MessageBar>
  );
}
