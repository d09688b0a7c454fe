// Zelftest: runs the workbook-adapter contract checks against the Excel the add-in runs in (on a scratch sheet that is
// removed afterwards) and shows pass/fail per point with what was seen, plus the Excel version; the outcome is logged.
import { useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import type { SelfTestReport } from "../../app/selfTest";
import { selfTestHeadline } from "../dpoViewModel";
import type { TaskpaneServices } from "../useCases";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
});

export interface SelfTestPageProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  onClose(): void;
}

export function SelfTestPage({ services, session, onClose }: SelfTestPageProps) {
  const styles = useStyles();
  const action = useAction();
  const [report, setReport] = useState<SelfTestReport | undefined>();

  const run = async () => {
    setReport(undefined);
    const result = await action.run("de zelftest", () => services.selfTest(session));
    if (result) setReport(result);
  };

  const headline = report && selfTestHeadline(report);
  return (
    <Section title="Zelftest" id="zelftest">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Gaat na of deze Excel zich gedraagt zoals Debiteurencheck veronderstelt: bladbeveiliging, tekstnotatie met voorloopnullen, verborgen bladen,
        gebeurtenissen. Dat gebeurt op een tijdelijk werkblad dat daarna verdwijnt; de gegevens worden niet aangeraakt. De uitslag komt in het
        logboek.
      </Text>
      <div style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" onClick={() => void run()} disabled={action.busy} data-testid="zelftest-starten">
          Zelftest starten
        </Button>
        <Button onClick={onClose}>Terug</Button>
      </div>
      {action.busy && <Spinner size="tiny" label="De controles lopen…" />}
      <ProblemBar shown={action.shown} />
      {report && headline && (
        <>
          <MessageBar intent={headline.intent} layout="multiline" data-testid="zelftest-resultaat">
            <MessageBarBody>
              <MessageBarTitle>{headline.title}</MessageBarTitle>
              {headline.text}
            </MessageBarBody>
          </MessageBar>
          <ul className={styles.list} aria-label="Controles">
            {report.checks.map((c) => (
              <li key={c.id} className={styles.item} data-testid={`zelftest-${c.id}`}>
                <div className={styles.head}>
                  <Text weight="semibold">{c.name}</Text>
                  <Badge appearance="tint" color={c.passed ? "success" : c.notChecked ? "warning" : "danger"} className={styles.badge} data-testid="uitslag">
                    {c.passed ? "geslaagd" : c.notChecked ? "niet gecontroleerd" : "mislukt"}
                  </Badge>
                </div>
                <Text size={200} className={styles.detail}>
                  {c.detail}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
