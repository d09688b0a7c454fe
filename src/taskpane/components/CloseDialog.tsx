// The close's strong confirmation: what Afsluiten does, that it cannot be undone, a reason when the period still runs
// or the halt list was not exported, the backup kept and the word typed. The checks are read when the dialog opens.
import { useState } from "react";
import {
  Button, Checkbox, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Text,
} from "@fluentui/react-components";
import type { CloseChecks, CloseInput } from "../../app/closeProject";
import type { Session } from "../../app/deps";
import { SHEET } from "../../domain/layout";
import { CLOSE_CONFIRM_WORD, closeConfirmed, type CloseForm } from "../dpoViewModel";
import type { TaskpaneServices } from "../useCases";
import { ConfirmActions } from "./ConfirmButton";
import type { Action } from "./feedback";

const WHAT_HAPPENS = [
  `Het blad ‘${SHEET.evaluation}’ komt erbij, met alleen aantallen (per status, per maand, per soort gebeurtenis).`,
  `Het blad ‘${SHEET.clients}’ wordt verwijderd, als het er nog is.`,
  `Alle gegevens onder de kolomkoppen van ‘${SHEET.debtors}’ worden gewist.`,
  "Het Logboek wordt gepseudonimiseerd met een sleutel die daarna vernietigd wordt; het blijft controleerbaar.",
  "Importeren, vergelijken en statussen wijzigen kan daarna niet meer.",
];

export type CloseConfirmation = Omit<CloseInput, "onProgress">;

export interface CloseDialogProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  /** The section's action: reading the checks shows its problems there. */
  readonly action: Action;
  /** The id of the text that explains the close (the trigger's description). */
  readonly describedBy: string;
  onConfirm(input: CloseConfirmation): void;
}

export function CloseDialog({ services, session, action, describedBy, onConfirm }: CloseDialogProps) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CloseFields>(EMPTY);
  const [checks, setChecks] = useState<CloseChecks | undefined>();

  const openDialog = (next: boolean) => {
    setOpen(next);
    if (!next) return;
    setForm(EMPTY);
    setChecks(undefined);
    void action.run("het nagaan of afsluiten kan", () => services.closeChecks(session)).then((c) => setChecks(c));
  };
  const close: CloseForm = {
    ...form,
    early: checks !== undefined && checks.period.code !== "verlopen",
    haltListMissing: checks !== undefined && !checks.haltListExported,
  };
  const ready = checks !== undefined && closeConfirmed(close);
  const submit = () => {
    setOpen(false);
    onConfirm({ confirmation: form.typed, earlyReason: close.early ? form.earlyReason : undefined, skipHaltListReason: close.haltListMissing ? form.skipReason : undefined });
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => openDialog(d.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" disabled={action.busy} aria-describedby={describedBy} data-testid="afsluiten">
          Afsluiten…
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ready) submit();
          }}
        >
          <DialogBody>
            <DialogTitle>Project definitief afsluiten?</DialogTitle>
            <CloseDialogContent form={close} einde={checks?.end} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
            <ConfirmActions type="submit" disabled={!ready} data-testid="afsluiten-bevestigen">
              Definitief afsluiten
            </ConfirmActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** What the user fills in; whether the reasons are needed comes from the checks. */
type CloseFields = Pick<CloseForm, "backupKept" | "typed" | "earlyReason" | "skipReason">;

const EMPTY: CloseFields = { backupKept: false, typed: "", earlyReason: "", skipReason: "" };

interface CloseDialogContentProps {
  readonly form: CloseForm;
  /** The period's end, once the checks are read. */
  readonly einde: string | undefined;
  onChange(patch: Partial<CloseFields>): void;
}

function CloseDialogContent({ form, einde, onChange }: CloseDialogContentProps) {
  return (
    <DialogContent style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Text as="p" style={{ margin: 0 }}>
        Afsluiten doet in één keer:
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {WHAT_HAPPENS.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Text as="p" weight="semibold" style={{ margin: 0 }}>
        Dit kan niet ongedaan worden gemaakt. Bewaar eerst een reservekopie van de werkmap op een veilige plaats (Bestand › Een kopie opslaan), voor het
        geval het afsluiten onderbroken wordt.
      </Text>
      {einde !== undefined && form.early && (
        <Field label={`De protocolperiode loopt nog tot en met ${einde}. Waarom nu al afsluiten?`} required>
          <Input value={form.earlyReason} onChange={(_, d) => onChange({ earlyReason: d.value })} data-testid="afsluiten-reden-vroeg" />
        </Field>
      )}
      {form.haltListMissing && (
        <Field
          label="De lijsten voor de invordering werden sinds de laatste statuswijziging niet geëxporteerd. Laat het debiteurenteam ze eerst exporteren, of geef een reden om ze over te slaan."
          required
        >
          <Input value={form.skipReason} onChange={(_, d) => onChange({ skipReason: d.value })} data-testid="afsluiten-reden-lijst" />
        </Field>
      )}
      <Text size={200}>Schrijf in een reden geen namen of andere persoonsgegevens: ze komt leesbaar in het Logboek.</Text>
      <Checkbox
        checked={form.backupKept}
        onChange={(_, d) => onChange({ backupKept: d.checked === true })}
        label="Ik heb een reservekopie van de werkmap bewaard."
        data-testid="afsluiten-reservekopie"
      />
      <Field label={`Typ ${CLOSE_CONFIRM_WORD} (in hoofdletters) om te bevestigen`} required>
        <Input value={form.typed} onChange={(_, d) => onChange({ typed: d.value })} autoComplete="off" data-testid="afsluiten-woord" />
      </Field>
    </DialogContent>
  );
}
