// The set-up form's parts (SetupPage.tsx holds the form's state and submits it): the protocol period, the member list
// and the role codes, each changing the SetupForm through `onChange`.
import { useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_CODE_MIN_LENGTH } from "../../domain/roleCode";
import { ALL_ROLES, ROLE_LABEL } from "../../domain/roles";
import type { SetupForm } from "../viewModel";
import { RoleSelect } from "./RoleSelect";
import { useFormStyles } from "./styles";

const useStyles = makeStyles({
  member: { display: "grid", gridTemplateColumns: "1fr auto auto", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: "20px" },
});

export interface SetupFieldsProps {
  readonly form: SetupForm;
  onChange(patch: Partial<SetupForm>): void;
}

export function PeriodFields({ form, onChange }: SetupFieldsProps) {
  return (
    <>
      <Field label="Protocolperiode" required>
        <RadioGroup value={form.preset} onChange={(_, d) => onChange({ preset: d.value as SetupForm["preset"] })}>
          <Radio value="eigen" label="Eigen project (naam en data hieronder)" />
          <Radio value="genk-2021" label="Protocol Stad–OCMW Genk 2021 (1 april – 31 december 2021)" />
        </RadioGroup>
      </Field>
      {form.preset === "eigen" && (
        <>
          <Field label="Naam van het project" required>
            <Input value={form.naam} onChange={(_, d) => onChange({ naam: d.value })} />
          </Field>
          <Field label="Startdatum" required>
            <Input type="date" value={form.start} onChange={(_, d) => onChange({ start: d.value })} />
          </Field>
          <Field label="Einddatum" required hint="Buiten de periode kan niemand importeren of vergelijken.">
            <Input type="date" value={form.einde} onChange={(_, d) => onChange({ einde: d.value })} />
          </Field>
        </>
      )}
    </>
  );
}

export function MemberFields({ form, onChange }: SetupFieldsProps) {
  const styles = useStyles();
  const setMember = (i: number, patch: Partial<SetupForm["leden"][number]>) => onChange({ leden: form.leden.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <Fieldset title="Ledenlijst" note="Leden met een Microsoft 365-account krijgen hun rol zonder rolcode.">
      {form.leden.map((l, i) => (
        <div key={i} className={styles.member}>
          <Field label={`E-mailadres lid ${i + 1}`}>
            <Input type="email" value={l.email} onChange={(_, d) => setMember(i, { email: d.value })} />
          </Field>
          <RoleSelect label={`Rol lid ${i + 1}`} value={l.rol} onChange={(rol) => setMember(i, { rol })} />
          <Button aria-label={`Lid ${i + 1} verwijderen`} onClick={() => onChange({ leden: form.leden.filter((_, j) => j !== i) })}>
            Verwijderen
          </Button>
        </div>
      ))}
      <div>
        <Button onClick={() => onChange({ leden: [...form.leden, { email: "", rol: "maatschappelijk-werker" }] })}>Lid toevoegen</Button>
      </div>
    </Fieldset>
  );
}

export function RoleCodeFields({ form, onChange }: SetupFieldsProps) {
  const [showCodes, setShowCodes] = useState(false);
  return (
    <Fieldset
      title="Rolcodes"
      note={`Wie niet op de ledenlijst staat of geen Microsoft 365-account heeft, neemt een rol op met de rolcode. Minstens ${ROLE_CODE_MIN_LENGTH} tekens, geen spaties vooraan of achteraan, niet één herhaald teken; alleen cijfers mag vanaf 12 cijfers. Leeg laten: die rol alleen voor leden. Alleen een gezouten, trage hash komt in de werkmap.`}
    >
      {ALL_ROLES.map((r) => (
        <Field key={r} label={`Rolcode ${ROLE_LABEL[r]}`}>
          <Input
            type={showCodes ? "text" : "password"}
            value={form.rolcodes[r]}
            onChange={(_, d) => onChange({ rolcodes: { ...form.rolcodes, [r]: d.value } })}
            autoComplete="new-password"
          />
        </Field>
      ))}
      <Checkbox checked={showCodes} onChange={(_, d) => setShowCodes(d.checked === true)} label="Rolcodes tonen" />
    </Fieldset>
  );
}

/** A titled group of fields, with a note under its title. */
function Fieldset({ title, note, children }: { title: string; note: string; children: React.ReactNode }) {
  const formStyles = useFormStyles();
  return (
    <fieldset style={{ border: "none", padding: 0, margin: 0 }} className={formStyles.form}>
      <legend>
        <Text weight="semibold">{title}</Text>
      </legend>
      <Text as="p" size={200} style={{ margin: 0 }}>
        {note}
      </Text>
      {children}
    </fieldset>
  );
}

/** What the form still lacks, one line each. */
export function FormProblems({ problems }: { problems: readonly string[] }) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="fout">
      <MessageBarBody>
        <ul className={styles.list}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
