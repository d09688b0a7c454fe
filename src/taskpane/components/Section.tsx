// A titled region of a page (h2 under the pane's h1, + content), so screen-reader users can jump between the steps.
import type { ReactNode } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-titel`} data-testid={`sectie-${id}`}>
      <Text as="h2" size={400} weight="semibold" id={`${id}-titel`} style={{ margin: 0 }}>
        {title}
      </Text>
      {children}
    </section>
  );
}
