// Setting up a new workbook (debtor team): protocol period (Genk 2021 preset or own), member list, role codes,
// and the plain statement that worksheet protection guards against mistakes, not against people.
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { SignedInUser } from "../../ports/identity";
import type { TaskpaneServices } from "../useCases";
import { initialSetupForm, setupInput, userFor, type SetupForm } from "../viewModel";
import { ProblemBar, useAction } from "./feedback";
import { FormProblems, MemberFields, PeriodFields, RoleCodeFields } from "./SetupFields";
import { useFormStyles } from "./styles";

export interface SetupPageProps {
  readonly services: TaskpaneServices;
  readonly account: SignedInUser | undefined;
  onDone(): void;
}

export function SetupPage({ services, account, onDone }: SetupPageProps) {
  const formStyles = useFormStyles();
  const today = services.today();
  const [form, setForm] = useState<SetupForm>(() => initialSetupForm(today, account));
  const [name, setName] = useState(() => (account ? "" : services.rememberedName()));
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const action = useAction();
  const user = userFor(account, name);

  const update = (patch: Partial<SetupForm>) => setForm((f) => ({ ...f, ...patch }));

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

      <PeriodFields form={form} onChange={update} />
      <MemberFields form={form} onChange={update} />
      <RoleCodeFields form={form} onChange={update} />

      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          De werkbladbeveiliging per rol is een bescherming tegen vergissingen, geen beveiliging: wie het bestand heeft, kan het wachtwoord ervan
          achterhalen. De echte toegangscontrole blijven de rechten op de netwerkmap; geef daar alleen het debiteurenteam en de betrokken
          maatschappelijk werkers toegang.
        </MessageBarBody>
      </MessageBar>

      <FormProblems problems={formProblems} />
      <ProblemBar shown={action.shown} />
      <div className={formStyles.actions}>
        <Button appearance="primary" type="submit" disabled={action.busy} data-testid="werkmap-instellen">
          {action.busy ? "Bezig met instellen…" : "Werkmap instellen"}
        </Button>
      </div>
    </form>
  );
}
