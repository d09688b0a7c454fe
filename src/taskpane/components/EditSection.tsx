// The debtor team's edit mode: between sessions every column is locked; this switch unlocks its data columns in the
// grid until it is switched off, the role changes (the page unmounts), or EDIT_IDLE_MINUTES pass. Each step is logged.
import { useEffect, useRef, useState } from "react";
import { Switch, Text } from "@fluentui/react-components";
import type { Session } from "../../app/deps";
import { EDIT_IDLE_MINUTES, type EditModeEnd } from "../../app/editMode";
import type { TaskpaneServices } from "../useCases";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";

export function EditSection({ services, session }: { services: TaskpaneServices; session: Session }) {
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const open = useRef(false);

  const end = async (reason: EditModeEnd) => {
    if (!open.current) return;
    open.current = false;
    setEditing(false);
    await action.run("het vergrendelen van de kolommen", () => services.endEditMode(session, reason));
  };

  useEffect(() => {
    if (!editing) return;
    const timer = setTimeout(() => void end("inactiviteit"), EDIT_IDLE_MINUTES * 60_000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the timer restarts only when the mode changes
  }, [editing]);
  // Leaving the page (a role switch) ends the mode; the role switch locks the sheet as well.
  useEffect(() => () => void end("rolwissel"), []); // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = async (on: boolean) => {
    if (!on) return end("beëindigd");
    const started = await action.run("het ontgrendelen van de kolommen", () => services.startEditMode(session));
    if (started === undefined) return;
    open.current = true;
    setEditing(true);
  };

  return (
    <Section title="Bewerken in het raster" id="bewerken">
      <Text as="p" size={200} style={{ margin: 0 }}>
        Buiten deze modus zijn alle kolommen vergrendeld. Aan: de gegevenskolommen zijn te wijzigen in het raster (Status, Match en Rij-ID niet), tot u
        de modus uitzet, van rol wisselt of {EDIT_IDLE_MINUTES} minuten later. Elke stap komt in het logboek.
      </Text>
      <Switch checked={editing} disabled={action.busy} label={editing ? "Bewerken staat aan" : "Bewerken staat uit"} onChange={(_, d) => void toggle(d.checked)} data-testid="bewerken" />
      <ProblemBar shown={action.shown} testId="bewerken-fout" />
    </Section>
  );
}
