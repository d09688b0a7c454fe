// The Instellingen page, reachable from every role's page: everyone reads the protocol's texts (clauses 1°, 2°, 5°,
// 10°, 11°) and its period; the DPO also sees the member list and which roles have a code; the debtor team changes
// the period, the members and the role codes (SettingsForms.tsx) — until the project is closed.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { protocolClauses, type ProtocolConfig } from "../../domain/protocol";
import { ROLE_LABEL } from "../../domain/roles";
import { roleCodeStates } from "../settingsViewModel";
import type { TaskpaneServices } from "../useCases";
import { Section } from "./Section";
import { MembersForm, PeriodForm, RoleCodesForm } from "./SettingsForms";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  clause: { margin: 0 },
});

export interface SettingsPageProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly config: ProtocolConfig;
  onConfigChanged(): Promise<void>;
  onClose(): void;
}

export function SettingsPage({ services, session, config, onConfigChanged, onClose }: SettingsPageProps) {
  const styles = useStyles();
  const view = services.roleView(session).settings;
  const forms = { services, session, config, onChanged: onConfigChanged };
  return (
    <div className={styles.page} data-testid="instellingen">
      <div className={styles.head}>
        <Text as="h2" size={500} weight="semibold" style={{ margin: 0 }}>
          Instellingen
        </Text>
        <Button size="small" onClick={onClose} data-testid="instellingen-sluiten">
          Terug
        </Button>
      </div>
      {view.manage && !config.gesloten ? (
        <>
          <PeriodForm {...forms} />
          <MembersForm {...forms} />
          <RoleCodesForm {...forms} />
        </>
      ) : (
        <ReadOnlySettings config={config} members={view.members} />
      )}
      <ProtocolTexts config={config} />
    </div>
  );
}

function ReadOnlySettings({ config, members }: { config: ProtocolConfig; members: boolean }) {
  const styles = useStyles();
  return (
    <>
      <Section title="Protocolperiode" id="instellingen-periode">
        <Text as="p" style={{ margin: 0 }} data-testid="periode">
          {config.start} t.e.m. {config.einde}
          {config.gesloten ? ` (afgesloten op ${config.gesloten})` : ""}
        </Text>
        <Text as="p" size={200} style={{ margin: 0 }}>
          Het debiteurenteam wijzigt de periode, de ledenlijst en de rolcodes; elke wijziging staat in het logboek.
        </Text>
      </Section>
      {members && (
        <Section title="Ledenlijst en rolcodes" id="instellingen-leden">
          <ul className={styles.list} aria-label="Leden">
            {config.leden.map((l) => (
              <li key={l.email}>
                {l.email}: {ROLE_LABEL[l.rol]}
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label="Rolcodes">
            {roleCodeStates(config).map((r) => (
              <li key={r.role}>
                {r.label}: {r.set ? "rolcode ingesteld" : "geen rolcode (alleen leden)"}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function ProtocolTexts({ config }: { config: ProtocolConfig }) {
  const styles = useStyles();
  return (
    <Section title="Het protocol" id="instellingen-protocol">
      <Text as="p" style={{ margin: 0 }}>
        {config.naam}
      </Text>
      {protocolClauses(config).map((c) => (
        <div key={c.clause} data-testid={`protocol-${c.clause}`}>
          <Text as="h3" weight="semibold" className={styles.clause}>
            {c.clause} {c.title}
          </Text>
          <ul className={styles.list}>
            {c.lines.map((line) => (
              <li key={line}>
                <Text size={200}>{line}</Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
