import { useEffect, useId, useRef, useState } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ReplyTemplate } from "../../../core/templates";
import type { PersonalTemplatesModel } from "../hooks/useTemplateLibrary";
import type { Preview } from "../hooks/useReplyDraft";
import { ExportedTemplateFile } from "./ExportedTemplateFile";
import { TemplateEditor } from "./TemplateEditor";
import { usePaneStyles } from "../styles";

interface PersonalTemplatesProps {
  personal: PersonalTemplatesModel;
  /** The template the reply uses now: the one "Duplicate" copies. */
  selected: ReplyTemplate | undefined;
  previewWith(template: ReplyTemplate): Preview | null;
  onSaved(template: ReplyTemplate): void;
}

/** The rep's own variants: duplicate one, edit it with the team's checks and a preview, save, export. */
export function PersonalTemplates({ personal, selected, previewWith, onSaved }: PersonalTemplatesProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  const [editing, setEditing] = useState<ReplyTemplate | null>(null);
  const [exporting, setExporting] = useState<ReplyTemplate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  // The editor and a deleted row take the focused control with them; keyboard users resume here.
  useEffect(() => {
    if (!returnFocus || editing) return;
    heading.current?.focus();
    setReturnFocus(false);
  }, [returnFocus, editing]);

  const closeEditor = () => {
    setEditing(null);
    setReturnFocus(true);
  };

  if (editing) {
    return (
      <TemplateEditor
        initial={editing}
        tools={personal.tools}
        previewWith={previewWith}
        onCancel={closeEditor}
        onSaved={(saved) => {
          closeEditor();
          personal.refresh();
          onSaved(saved);
        }}
      />
    );
  }

  const remove = async (template: ReplyTemplate) => {
    const result = await personal.tools.remove(template.id);
    setProblem(result.ok ? null : result.message);
    if (result.ok) {
      personal.refresh();
      setReturnFocus(true);
    }
  };

  return (
    <div className={styles.section} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading3}>
        Your templates
      </h3>
      {personal.templates.length === 0 ? (
        <p className={styles.secondary}>None yet. Duplicate a template to make your own version of it.</p>
      ) : (
        <ul className={styles.plainList}>
          {personal.templates.map((template) => (
            <PersonalTemplateRow
              key={template.id}
              template={template}
              onEdit={() => setEditing(template)}
              onExport={() => setExporting(template)}
              onDelete={() => void remove(template)}
            />
          ))}
        </ul>
      )}
      {personal.rejected.length > 0 && (
        <p className={styles.secondary}>
          {personal.rejected.length === 1
            ? "1 saved template can't be used by this version of the add-in; it stays saved."
            : `${personal.rejected.length} saved templates can't be used by this version of the add-in; they stay saved.`}
        </p>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {selected && (
        <Button
          className={styles.start}
          onClick={() => setEditing(personal.tools.duplicate(selected, `My ${selected.name}`))}
        >
          Duplicate “{selected.name}”
        </Button>
      )}
      {exporting && <ExportedTemplateFile template={exporting} text={personal.tools.exportFile(exporting)} />}
    </div>
  );
}

function PersonalTemplateRow({
  template,
  onEdit,
  onExport,
  onDelete,
}: {
  template: ReplyTemplate;
  onEdit(): void;
  onExport(): void;
  onDelete(): void;
}) {
  const styles = usePaneStyles();
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  // Asking and answering swap the buttons under the focus; move it to the button now in its place.
  useEffect(() => {
    if (confirming === null) return;
    (confirming ? confirmButton : deleteButton).current?.focus();
  }, [confirming]);

  return (
    <li className={styles.templateRow}>
      <span>{template.name}</span>
      <span className={styles.rowButtons}>
        {confirming ? (
          <>
            <Button
              size="small"
              appearance="primary"
              ref={confirmButton}
              aria-label={`Delete ${template.name} for good`}
              onClick={onDelete}
            >
              Delete
            </Button>
            <Button size="small" aria-label={`Keep ${template.name}`} onClick={() => setConfirming(false)}>
              Keep
            </Button>
          </>
        ) : (
          <>
            <Button size="small" aria-label={`Edit ${template.name}`} onClick={onEdit}>
              Edit
            </Button>
            <Button size="small" aria-label={`Export ${template.name}`} onClick={onExport}>
              Export
            </Button>
            <Button
              size="small"
              ref={deleteButton}
              aria-label={`Delete ${template.name}`}
              onClick={() => setConfirming(true)}
            >
              Delete
            </Button>
          </>
        )}
      </span>
    </li>
  );
}
