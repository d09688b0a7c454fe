// The start flow: who am I, which role (with its code when needed) and why — nothing of the data is shown before
// startSession succeeds. RoleStep is reused for a role switch.
import { useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { needsRoleCode } from "../../app/startSession";
import type { Session } from "../../app/deps";
import { roleForMember, type ProtocolConfig } from "../../domain/protocol";
import { ALL_ROLES, ROLE_LABEL, type Role } from "../../domain/roles";
import type { SignedInUser } from "../../ports/identity";
import type { TaskpaneServices } from "../useCases";
import { OTHER_PURPOSE, purposeText, userFor } from "../viewModel";
import { ProblemBar, useAction } from "./feedback";
import { useFormStyles } from "./styles";

export interface RoleStepProps {
  readonly config: ProtocolConfig;
  readonly user: SignedInUser;
  readonly role: Role;
  readonly roleCode: string;
  onRole(role: Role): void;
  onRoleCode(code: string): void;
}

/** Role choice plus the role code, asked only when this user needs one for the chosen role. */
export function RoleStep({ config, user, role, roleCode, onRole, onRoleCode }: RoleStepProps) {
  const codeNeeded = needsRoleCode(config, user, role);
  return (
    <>
      <Field label="Rol" required>
        <RadioGroup value={role} onChange={(_, d) => onRole(d.value as Role)} data-testid="rol-keuze">
          {ALL_ROLES.map((r) => (
            <Radio key={r} value={r} label={ROLE_LABEL[r]} />
          ))}
        </RadioGroup>
      </Field>
      {codeNeeded && (
        <Field
          label={`Rolcode voor ${ROLE_LABEL[role]}`}
          required
          hint={
            user.source === "zelf opgegeven"
              ? "Zonder Microsoft 365-account vraagt elke rol de rolcode die bij het instellen van de werkmap werd gekozen."
              : "U staat niet als lid met deze rol op de ledenlijst: vul de rolcode in."
          }
        >
          <Input type="password" value={roleCode} onChange={(_, d) => onRoleCode(d.value)} autoComplete="off" data-testid="rolcode" />
        </Field>
      )}
    </>
  );
}

export interface StartFlowProps {
  readonly services: TaskpaneServices;
  readonly config: ProtocolConfig;
  readonly account: SignedInUser | undefined;
  readonly notice?: string;
  onStarted(session: Session, user: SignedInUser): void;
}

export function StartFlow({ services, config, account, notice, onStarted }: StartFlowProps) {
  const styles = useFormStyles();
  const [name, setName] = useState(() => (account ? "" : services.rememberedName()));
  const user = userFor(account, name);
  const [role, setRole] = useState<Role>(() => (account && roleForMember(config, account.name)) || "debiteurenteam");
  const [roleCode, setRoleCode] = useState("");
  const [purpose, setPurpose] = useState("");
  const [otherPurpose, setOtherPurpose] = useState("");
  const action = useAction();
  const purposes = config.toegangsdoelen[role];

  const changeRole = (r: Role) => {
    setRole(r);
    setRoleCode("");
    setPurpose("");
  };

  const start = async () => {
    const session = await action.run("het aanmelden", () =>
      services.startSession({ user, role, roleCode: roleCode || undefined, purpose: purposeText(purpose, otherPurpose) }),
    );
    if (!session) return;
    if (!account) services.rememberName(user.name);
    onStarted(session, user);
  };

  return (
    <form noValidate
      className={styles.form}
      aria-labelledby="start-titel"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <Text as="h2" size={500} weight="semibold" id="start-titel" style={{ margin: 0 }}>
        Aanmelden
      </Text>
      {notice && <Text as="p" style={{ margin: 0 }} data-testid="start-melding">{notice}</Text>}
      {account ? (
        <Text as="p" style={{ margin: 0 }} data-testid="identiteit">
          U bent aangemeld als <strong>{account.name}</strong> (Microsoft 365-account).
        </Text>
      ) : (
        <Field label="Uw naam of e-mailadres" required hint="Komt in het logboek bij alles wat u doet. Alleen op deze computer onthouden.">
          <Input value={name} onChange={(_, d) => setName(d.value)} autoComplete="email" data-testid="naam" />
        </Field>
      )}
      <RoleStep config={config} user={user} role={role} roleCode={roleCode} onRole={changeRole} onRoleCode={setRoleCode} />
      <Field label="Waarom opent u de gegevens?" required hint="Wordt in het logboek bewaard (protocol: wie, wat, wanneer, waarom).">
        <RadioGroup value={purpose} onChange={(_, d) => setPurpose(d.value)} data-testid="doel-keuze">
          {purposes.map((p) => (
            <Radio key={p} value={p} label={p} />
          ))}
          <Radio value={OTHER_PURPOSE} label="Andere reden" />
        </RadioGroup>
      </Field>
      {purpose === OTHER_PURPOSE && (
        <Field label="Andere reden" required>
          <Input value={otherPurpose} onChange={(_, d) => setOtherPurpose(d.value)} data-testid="andere-reden" />
        </Field>
      )}
      <ProblemBar shown={action.shown} />
      <div className={styles.actions}>
        {/* disabledFocusable, not disabled: a disabled button drops the keyboard focus to the page while the role code is checked. */}
        <Button appearance="primary" type="submit" disabledFocusable={action.busy} data-testid="start-sessie">
          {action.busy ? "Even geduld…" : "Verder"}
        </Button>
      </div>
    </form>
  );
}

export interface SwitchRoleProps {
  readonly services: TaskpaneServices;
  readonly config: ProtocolConfig;
  readonly session: Session;
  readonly user: SignedInUser;
  /** The role to preselect (the debtor team's "Afsluiten" link preselects the DPO); the current role otherwise. */
  readonly initialRole?: Role;
  /** Why the switch is offered, shown above the choice. */
  readonly reason?: string;
  onSwitched(session: Session): void;
  onCancel(): void;
}

export function SwitchRole({ services, config, session, user, initialRole, reason, onSwitched, onCancel }: SwitchRoleProps) {
  const styles = useFormStyles();
  const [role, setRole] = useState<Role>(initialRole ?? session.rol);
  const [roleCode, setRoleCode] = useState("");
  const action = useAction();
  const submit = async () => {
    const next = await action.run("het wisselen van rol", () => services.switchRole(session, { role, roleCode: roleCode || undefined, user }));
    if (next) onSwitched(next);
  };
  return (
    <form noValidate
      className={styles.form}
      aria-labelledby="rolwissel-titel"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Text as="h2" size={500} weight="semibold" id="rolwissel-titel" style={{ margin: 0 }}>
        Andere rol
      </Text>
      {reason && (
        <Text as="p" style={{ margin: 0 }} data-testid="rolwissel-reden">
          {reason}
        </Text>
      )}
      <Text as="p" style={{ margin: 0 }}>
        De rolwissel komt in het logboek. Uw doel blijft ‘{session.doel}’.
      </Text>
      <RoleStep
        config={config}
        user={user}
        role={role}
        roleCode={roleCode}
        onRole={(r) => {
          setRole(r);
          setRoleCode("");
        }}
        onRoleCode={setRoleCode}
      />
      <ProblemBar shown={action.shown} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={role === session.rol} disabledFocusable={action.busy} data-testid="rol-wisselen">
          Rol wisselen
        </Button>
        <Button onClick={onCancel}>Annuleren</Button>
      </div>
    </form>
  );
}
