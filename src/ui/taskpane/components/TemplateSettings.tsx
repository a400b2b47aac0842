import { useId, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { validateLibraryUrl } from "../../../library/libraryUrl";
import { HostError } from "../../../host/mailHost";
import type { ReplyTemplate } from "../../../core/templates";
import type { TemplateLibraryModel } from "../hooks/useTemplateLibrary";
import type { Preview } from "../hooks/useReplyDraft";
import { PersonalTemplates } from "./PersonalTemplates";
import { usePaneStyles } from "../styles";

interface TemplateSettingsProps {
  model: TemplateLibraryModel;
  /** The template the reply uses now. */
  selected: ReplyTemplate | undefined;
  previewWith(template: ReplyTemplate): Preview | null;
  onSaved(template: ReplyTemplate): void;
}

/**
 * Where the pane's templates come from, the rep's own library address when the admin set none,
 * and the rep's personal templates.
 */
export function TemplateSettings({ model, selected, previewWith, onSaved }: TemplateSettingsProps) {
  const styles = usePaneStyles();
  const headingId = useId();
  const { address, state, loading } = model;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading2}>
        Templates
      </h2>
      <div role="status" className={styles.section}>
        {loading ? (
          <Spinner size="tiny" labelPosition="after" label="Loading your team's templates…" />
        ) : (
          <p className={styles.secondary}>{sourceLine(model)}</p>
        )}
      </div>
      {state && state.rejected.length > 0 && (
        <>
          <h3 className={styles.heading3}>{"Left out of your team's library"}</h3>
          <ul className={styles.list}>
            {state.rejected.map((rejected) => (
              <li key={rejected.path}>
                {rejected.path}: {rejected.errors.join("; ")}
              </li>
            ))}
          </ul>
        </>
      )}
      {model.personal && (
        <PersonalTemplates
          personal={model.personal}
          selected={selected}
          previewWith={previewWith}
          onSaved={onSaved}
        />
      )}
      {address.setBy === "admin" ? (
        <p className={styles.secondary}>
          Your admin set the library address: {address.url}
          {address.repUrlOverridden && " It is used instead of the address you saved."}
        </p>
      ) : (
        <LibraryAddressForm model={model} />
      )}
    </section>
  );
}

function sourceLine({ state, address }: TemplateLibraryModel): string {
  if (!state || state.source === "builtin") {
    return address.url
      ? "Using the built-in templates."
      : "Using the built-in templates. Your team can host its own.";
  }
  const named = `“${state.library.name}”, version ${state.library.version}`;
  return state.source === "team"
    ? `Using your team's library ${named}.`
    : `Using the saved copy of ${named}.`;
}

function LibraryAddressForm({ model }: { model: TemplateLibraryModel }) {
  const styles = usePaneStyles();
  const [value, setValue] = useState(model.address.url ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const trimmed = value.trim();
    // Checked here too so a refused address is explained before anything is saved.
    const refused = trimmed === "" ? null : validateLibraryUrl(trimmed);
    setSaved(false);
    if (refused) {
      setProblem(refused);
      return;
    }
    setSaving(true);
    try {
      const result = await model.saveRepUrl(trimmed);
      setProblem(result);
      setSaved(result === null);
    } catch (error) {
      setProblem(
        error instanceof HostError ? error.message : "Outlook could not save the address. Try again.",
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.section}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        label="Team library address"
        hint="The HTTPS address of your team's library.json. Leave it empty for the built-in templates."
        validationMessage={problem ?? undefined}
      >
        <Input
          type="url"
          value={value}
          onChange={(_, data) => {
            setValue(data.value);
            setSaved(false);
          }}
        />
      </Field>
      <Button type="submit" className={styles.start} disabledFocusable={saving}>
        Save address
      </Button>
      {saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Address saved.</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
