import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { LintFailure, ReplyTemplate } from "../../../core/templates";
import type { Preview } from "../hooks/useReplyDraft";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import type { PersonalTemplateTools } from "../services";
import { ReplyPreview } from "./ReplyPreview";
import { usePaneStyles } from "../styles";

/** Checks and preview wait for a pause in typing: both re-render the whole template. */
const CHECK_DELAY_MS = 300;

interface TemplateEditorProps {
  initial: ReplyTemplate;
  tools: PersonalTemplateTools;
  previewWith(template: ReplyTemplate): Preview | null;
  onCancel(): void;
  onSaved(template: ReplyTemplate): void;
}

export function TemplateEditor({ initial, tools, previewWith, onCancel, onSaved }: TemplateEditorProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  const [name, setName] = useState(initial.name);
  const [body, setBody] = useState(initial.body);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);

  // The editor replaces the button that opened it; the focus starts in its first field.
  useEffect(() => nameField.current?.focus(), []);

  const edited = useMemo(() => ({ ...initial, name, body }), [initial, name, body]);
  const settled = useDebouncedValue(edited, CHECK_DELAY_MS);
  const failures = useMemo(() => tools.lint(settled), [tools, settled]);
  const preview = useMemo(() => previewWith(settled), [previewWith, settled]);

  const save = async () => {
    setSaving(true);
    const result = await tools.save(edited);
    setSaving(false);
    if (result.ok) onSaved(result.template);
    else setRefusal(result.message);
  };

  return (
    <form
      className={styles.section}
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId} className={styles.heading3}>
        Edit your template
      </h3>
      <Field label="Template name">
        <Input ref={nameField} value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Field
        label="Template text"
        hint="HTML with {{fields}}, as in the team's template files. It must confirm the item and ask for the decision and its date."
      >
        <Textarea
          value={body}
          rows={12}
          resize="vertical"
          textarea={{ className: styles.code }}
          onChange={(_, data) => setBody(data.value)}
        />
      </Field>
      <TemplateChecks failures={failures} />
      <h4 className={styles.heading3}>Preview</h4>
      <ReplyPreview preview={preview} />
      {refusal && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttonRow}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          Save template
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

function TemplateChecks({ failures }: { failures: LintFailure[] }) {
  const styles = usePaneStyles();
  return (
    <div role="status" aria-live="polite">
      {failures.length === 0 ? (
        <p className={styles.secondary}>{"Passes the team's template checks."}</p>
      ) : (
        <>
          <p className={styles.secondary}>
            {failures.length === 1 ? "1 check fails:" : `${failures.length} checks fail:`}
          </p>
          <ul className={styles.list}>
            {failures.map((failure, index) => (
              <li key={`${failure.rule}-${failure.line}-${index}`}>
                Line {failure.line}: {failure.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
