// Setting up a new workbook (debtor team): protocol period (Genk 2021 preset or own), member list, role codes,
// and the plain statement that worksheet protection guards against mistakes, not against people.
import { useState } from "react";
import {
  Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { ROLE_CODE_MIN_LENGTH } from "../../domain/roleCode";
import { ALL_ROLES, ROLE_LABEL, type Role } from "../../domain/roles";
import type { SignedInUser } from "../../ports/identity";
import type { TaskpaneServices } from "../useCases";
import { initialSetupForm, setupInput, userFor, type SetupForm } from "../viewModel";
import { ProblemBar, useAction } from "./feedback";
import { RoleSelect } from "./RoleSelect";
import { useFormStyles } from "./styles";

const useStyles = makeStyles({
  member: { display: "grid", gridTemplateColumns: "1fr auto auto", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { margin: 0, paddingLeft: "20px" },
});

export interface SetupPageProps {
  readonly services: TaskpaneServices;
  readonly account: SignedInUser | undefined;
  onDone(): void;
}

export function SetupPage({ services, account, onDone }: SetupPageProps) {
  const formStyles = useFormStyles();
  const styles = useStyles();
  const today = services.today();
  const [form, setForm] = useState<SetupForm>(() => initialSetupForm(today, account));
  const [name, setName] = useState(() => (account ? "" : services.rememberedName()));
  const [showCodes, setShowCodes] = useState(false);
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const action = useAction();
  const user = userFor(account, name);

  const update = (patch: Partial<SetupForm>) => setForm((f) => ({ ...f, ...patch }));
  const setMember = (i: number, patch: Partial<SetupForm["leden"][number]>) =>
    update({ leden: form.leden.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const setCode = (role: Role, code: string) => update({ rolcodes: { ...form.rolcodes, [role]: code } });

  const submit = async () => {
    if (!user.name) {
      setFormProblems(["Vul uw naam of e-mailadres in. Dat wordt in het logboek bewaard."]);
      return;
    }
    const input = setupInput(form, today, user);
    if (!input.ok) {
      setFormProblems(input.error);
      return;
    }
    setFormProblems([]);
    const session: Session = { gebruiker: user.name, identiteit: user.source, rol: "debiteurenteam", doel: "werkmap instellen", bron: "taakvenster" };
    const done = await action.run("het instellen van de werkmap", () => services.setUpWorkbook(session, input.value));
    if (done === undefined) return;
    if (!account) services.rememberName(user.name);
    onDone();
  };

  return (
    <form noValidate
      className={formStyles.form}
      aria-labelledby="instellen-titel"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h2" size={500} weight="semibold" id="instellen-titel" style={{ margin: 0 }}>
        Werkmap instellen
      </Text>
      <Text as="p" style={{ margin: 0 }}>
        Deze werkmap is nog niet ingesteld voor Debiteurencheck. Het debiteurenteam stelt ze één keer in; dat komt in het logboek.
      </Text>
      {account ? (
        <Text as="p" style={{ margin: 0 }}>
          U bent aangemeld als <strong>{account.name}</strong> (Microsoft 365-account).
        </Text>
      ) : (
        <Field label="Uw naam of e-mailadres" required>
          <Input value={name} onChange={(_, d) => setName(d.value)} autoComplete="email" />
        </Field>
      )}

      <Field label="Protocolperiode" required>
        <RadioGroup value={form.preset} onChange={(_, d) => update({ preset: d.value as SetupForm["preset"] })}>
          <Radio value="eigen" label="Eigen project (naam en data hieronder)" />
          <Radio value="genk-2021" label="Protocol Stad–OCMW Genk 2021 (1 april – 31 december 2021)" />
        </RadioGroup>
      </Field>
      {form.preset === "eigen" && (
        <>
          <Field label="Naam van het project" required>
            <Input value={form.naam} onChange={(_, d) => update({ naam: d.value })} />
          </Field>
          <Field label="Startdatum" required>
            <Input type="date" value={form.start} onChange={(_, d) => update({ start: d.value })} />
          </Field>
          <Field label="Einddatum" required hint="Buiten de periode kan niemand importeren of vergelijken.">
            <Input type="date" value={form.einde} onChange={(_, d) => update({ einde: d.value })} />
          </Field>
        </>
      )}

      <fieldset style={{ border: "none", padding: 0, margin: 0 }} className={formStyles.form}>
        <legend>
          <Text weight="semibold">Ledenlijst</Text>
        </legend>
        <Text as="p" size={200} style={{ margin: 0 }}>
          Leden met een Microsoft 365-account krijgen hun rol zonder rolcode.
        </Text>
        {form.leden.map((l, i) => (
          <div key={i} className={styles.member}>
            <Field label={`E-mailadres lid ${i + 1}`}>
              <Input type="email" value={l.email} onChange={(_, d) => setMember(i, { email: d.value })} />
            </Field>
            <RoleSelect label={`Rol lid ${i + 1}`} value={l.rol} onChange={(rol) => setMember(i, { rol })} />
            <Button aria-label={`Lid ${i + 1} verwijderen`} onClick={() => update({ leden: form.leden.filter((_, j) => j !== i) })}>
              Verwijderen
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => update({ leden: [...form.leden, { email: "", rol: "maatschappelijk-werker" }] })}>Lid toevoegen</Button>
        </div>
      </fieldset>

      <fieldset style={{ border: "none", padding: 0, margin: 0 }} className={formStyles.form}>
        <legend>
          <Text weight="semibold">Rolcodes</Text>
        </legend>
        <Text as="p" size={200} style={{ margin: 0 }}>
          Wie niet op de ledenlijst staat of geen Microsoft 365-account heeft, neemt een rol op met de rolcode. Minstens {ROLE_CODE_MIN_LENGTH} tekens,
          geen spaties vooraan of achteraan, niet één herhaald teken; alleen cijfers mag vanaf 12 cijfers. Leeg laten: die rol alleen voor leden.
          Alleen een gezouten, trage hash komt in de werkmap.
        </Text>
        {ALL_ROLES.map((r) => (
          <Field key={r} label={`Rolcode ${ROLE_LABEL[r]}`}>
            <Input type={showCodes ? "text" : "password"} value={form.rolcodes[r]} onChange={(_, d) => setCode(r, d.value)} autoComplete="new-password" />
          </Field>
        ))}
        <Checkbox checked={showCodes} onChange={(_, d) => setShowCodes(d.checked === true)} label="Rolcodes tonen" />
      </fieldset>

      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          De werkbladbeveiliging per rol is een bescherming tegen vergissingen, geen beveiliging: wie het bestand heeft, kan het wachtwoord ervan
          achterhalen. De echte toegangscontrole blijven de rechten op de netwerkmap; geef daar alleen het debiteurenteam en de betrokken
          maatschappelijk werkers toegang.
        </MessageBarBody>
      </MessageBar>

      {formProblems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="fout">
          <MessageBarBody>
            <ul className={styles.list}>
              {formProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <ProblemBar shown={action.shown} />
      <div className={formStyles.actions}>
        <Button appearance="primary" type="submit" disabled={action.busy} data-testid="werkmap-instellen">
          {action.busy ? "Bezig met instellen…" : "Werkmap instellen"}
        </Button>
      </div>
    </form>
  );
}
