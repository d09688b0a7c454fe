// Styles more than one component uses (Fluent's makeStyles), each hook for one purpose. A component's own styles stay
// in its file.
import { makeStyles, tokens } from "@fluentui/react-components";

/** A form as a column of fields, and its row of buttons. */
export const useFormStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Read out by screen readers, not shown (a live region whose message is on screen already). */
export const useVisuallyHiddenStyles = makeStyles({
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});
