// The debtor team's forms on the Instellingen page: protocol period (with a reason), member list, role codes. Each
// form validates through its use case (noValidate: no browser bubbles); a refused change shows its Dutch message at
// the field it concerns, and nothing is changed. Every change is logged by the use case with before and after.
import { useState } from "react";
import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { AppProblem } from "../../app/problems";
import type { ProtocolConfig } from "../../domain/protocol";
import { ROLE_CODE_MIN_LENGTH } from "../../domain/roleCode";
import { ROLE_LABEL, type Role } from "../../domain/roles";
import type { Result } from "../../domain/result";
import { fieldOfProblem, periodEffect, roleCodeStates, settingsProblemText, type SettingsField } from "../settingsViewModel";
import type { TaskpaneServices } from "../useCases";
import { ConfirmButton } from "./ConfirmButton";
import { RoleSelect } from "./RoleSelect";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";
import { useFormStyles } from "./styles";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  email: { wordBreak: "break-all" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // A native select is as wide as its longest option ("Functionaris gegevensbescherming"): let it shrink at 320 px.
  select: { minWidth: 0, maxWidth: "100%" },
});

export interface SettingsFormProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly config: ProtocolConfig;
  /** The configuration changed: the App reads it again. */
  onChanged(): Promise<void>;
}

/** A form's use-case runner: problems that belong to a field are shown there, others above the form's buttons. */
function useSettingsAction() {
  const action = useAction();
  const [fieldProblem, setFieldProblem] = useState<{ field: SettingsField; text: string } | undefined>();
  const submit = <T,>(what: string, task: () => Promise<Result<T, AppProblem>>) => {
    setFieldProblem(undefined);
    return action.run(what, task, (e: AppProblem) => {
      const text = settingsProblemText(e);
      const field = fieldOfProblem(e);
      setFieldProblem(field && { field, text });
      return text;
    });
  };
  const message = (field: SettingsField) => (fieldProblem?.field === field ? fieldProblem.text : undefined);
  /** Props for a Fluent Field: its validation message and state (Fluent sets aria-invalid and aria-describedby). */
  const validation = (field: SettingsField) => ({ validationMessage: message(field), validationState: message(field) ? ("error" as const) : ("none" as const) });
  return { busy: action.busy, shown: fieldProblem ? undefined : action.shown, submit, validation };
}

function Done({ text, testId }: { text: string | undefined; testId: string }) {
  if (!text) return null;
  return (
    <MessageBar intent="success" layout="multiline" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

export function PeriodForm({ services, session, config, onChanged }: SettingsFormProps) {
  const formStyles = useFormStyles();
  const action = useSettingsAction();
  const [start, setStart] = useState(config.start);
  const [einde, setEinde] = useState(config.einde);
  const [reden, setReden] = useState("");
  const [done, setDone] = useState<string | undefined>();
  const submit = async () => {
    setDone(undefined);
    const changed = await action.submit("het wijzigen van de protocolperiode", () => services.changeProtocolPeriod(session, { start, end: einde, reason: reden }));
    if (!changed) return;
    setReden("");
    setDone(periodEffect(changed.config, changed.periode));
    await onChanged();
  };
  return (
    <Section title="Protocolperiode" id="instellingen-periode">
      <form className={formStyles.form} noValidate aria-label="Protocolperiode wijzigen" onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}>
        <Text as="p" size={200} style={{ margin: 0 }}>
          Alleen binnen de periode kan het debiteurenteam importeren en kan er vergeleken worden. Een wijziging vraagt een reden; beide komen in het
          logboek.
        </Text>
        <Field label="Startdatum" required {...action.validation("start")}>
          <Input type="date" value={start} onChange={(_, d) => setStart(d.value)} data-testid="periode-start" />
        </Field>
        <Field label="Einddatum (tot en met)" required {...action.validation("einde")}>
          <Input type="date" value={einde} onChange={(_, d) => setEinde(d.value)} data-testid="periode-einde" />
        </Field>
        <Field label="Reden van de wijziging" required {...action.validation("reden")}>
          <Textarea value={reden} onChange={(_, d) => setReden(d.value)} resize="vertical" data-testid="periode-reden" />
        </Field>
        <ProblemBar shown={action.shown} />
        <Done text={done} testId="periode-klaar" />
        <div className={formStyles.actions}>
          <Button appearance="primary" type="submit" disabled={action.busy} data-testid="periode-wijzigen">
            Periode wijzigen
          </Button>
        </div>
      </form>
    </Section>
  );
}

export function MembersForm({ services, session, config, onChanged }: SettingsFormProps) {
  const styles = useStyles();
  const formStyles = useFormStyles();
  const action = useSettingsAction();
  const [email, setEmail] = useState("");
  const [rol, setRol] = useState<Role>("maatschappelijk-werker");
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [done, setDone] = useState<string | undefined>();
  const after = async (text: string) => {
    setDone(text);
    await onChanged();
  };
  const add = async () => {
    setDone(undefined);
    if (!(await action.submit("het toevoegen van een lid", () => services.addMember(session, { email, rol })))) return;
    setEmail("");
    await after(`${email.trim()} staat op de ledenlijst als ${ROLE_LABEL[rol]}.`);
  };
  const change = async (member: string, to: Role) => {
    setDone(undefined);
    if (await action.submit("het wijzigen van een rol", () => services.changeMemberRole(session, { email: member, rol: to }))) await after(`${member} heeft nu de rol ${ROLE_LABEL[to]}.`);
  };
  const remove = async (member: string) => {
    setDone(undefined);
    if (await action.submit("het verwijderen van een lid", () => services.removeMember(session, { email: member }))) await after(`${member} staat niet meer op de ledenlijst.`);
  };
  return (
    <Section title="Ledenlijst" id="instellingen-leden">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Leden met een Microsoft 365-account krijgen hun rol zonder rolcode. Elke wijziging komt in het logboek, met de rol ervoor en erna.
      </Text>
      <ul className={styles.list} aria-label="Leden">
        {config.leden.map((l) => {
          const chosen = roles[l.email] ?? l.rol;
          return (
            <li key={l.email} className={styles.item} data-testid={`lid-${l.email}`}>
              <Text weight="semibold" className={styles.email}>
                {l.email}
              </Text>
              <RoleSelect label={`Rol van ${l.email}`} value={chosen} onChange={(r) => setRoles({ ...roles, [l.email]: r })} className={styles.select} />
              <div className={styles.row}>
                <Button size="small" onClick={() => void change(l.email, chosen)} disabled={action.busy || chosen === l.rol}>
                  Rol opslaan
                </Button>
                <ConfirmButton
                  label="Verwijderen"
                  title="Lid verwijderen"
                  question={`${l.email} van de ledenlijst verwijderen? Zonder rolcode kan deze persoon dan niet meer aanmelden.`}
                  disabled={action.busy}
                  testId={`verwijder-${l.email}`}
                  onConfirm={() => void remove(l.email)}
                />
              </div>
            </li>
          );
        })}
      </ul>
      <form className={formStyles.form} noValidate aria-label="Lid toevoegen" onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}>
        <Field label="E-mailadres van het nieuwe lid" required {...action.validation("email")}>
          <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} data-testid="lid-email" />
        </Field>
        <RoleSelect label="Rol van het nieuwe lid" value={rol} onChange={setRol} testId="lid-rol" className={styles.select} />
        <ProblemBar shown={action.shown} />
        <Done text={done} testId="leden-klaar" />
        <div className={formStyles.actions}>
          <Button type="submit" disabled={action.busy} data-testid="lid-toevoegen">
            Lid toevoegen
          </Button>
        </div>
      </form>
    </Section>
  );
}

export function RoleCodesForm({ services, session, config, onChanged }: SettingsFormProps) {
  const formStyles = useFormStyles();
  const action = useSettingsAction();
  const [codes, setCodes] = useState<Partial<Record<Role, string>>>({});
  const [show, setShow] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const submit = async (role: Role) => {
    setDone(undefined);
    if (!(await action.submit("het wijzigen van een rolcode", () => services.setRoleCode(session, { role, code: codes[role] ?? "" })))) return;
    setCodes({ ...codes, [role]: "" });
    setDone(`De rolcode voor ${ROLE_LABEL[role]} is gewijzigd; de vorige code werkt niet meer. Geef de nieuwe code persoonlijk door, niet per e-mail.`);
    await onChanged();
  };
  return (
    <Section title="Rolcodes" id="instellingen-rolcodes">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Een nieuwe rolcode vervangt de vorige meteen, bv. na een lek. Minstens {ROLE_CODE_MIN_LENGTH} tekens. Alleen een gezouten, trage hash komt in
        de werkmap; het logboek vermeldt de wijziging, nooit de code.
      </Text>
      {roleCodeStates(config).map(({ role, label, set }) => (
        <form key={role} className={formStyles.form} noValidate aria-label={`Rolcode ${label}`} onSubmit={(e) => {
            e.preventDefault();
            void submit(role);
          }}>
          <Field label={`Nieuwe rolcode voor ${label}`} hint={set ? "Er is een rolcode ingesteld." : "Nog geen rolcode: deze rol is alleen voor leden."} {...action.validation(`rolcode-${role}`)}>
            <Input
              type={show ? "text" : "password"}
              value={codes[role] ?? ""}
              onChange={(_, d) => setCodes({ ...codes, [role]: d.value })}
              autoComplete="new-password"
              data-testid={`rolcode-${role}`}
            />
          </Field>
          <div className={formStyles.actions}>
            <Button type="submit" disabled={action.busy} data-testid={`rolcode-${role}-opslaan`}>
              {set ? "Rolcode wijzigen" : "Rolcode instellen"}
            </Button>
          </div>
        </form>
      ))}
      <Checkbox checked={show} onChange={(_, d) => setShow(d.checked === true)} label="Rolcodes tonen terwijl ik typ" />
      <ProblemBar shown={action.shown} />
      <Done text={done} testId="rolcode-klaar" />
    </Section>
  );
}
