import { useId, useMemo } from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Analysis, DetectedLanguage } from "../../core/types";
import type { ReplyTemplate, TemplateLibrary } from "../../core/templates";
import type { HostItem } from "../../host/mailHost";
import type { PaneServices } from "./services";
import type { AnalysisSource } from "./hooks/useItemAnalysis";
import { useReplyDraft } from "./hooks/useReplyDraft";
import { useSendReply } from "./hooks/useSendReply";
import type { TemplateLibraryModel } from "./hooks/useTemplateLibrary";
import { ProspectHeader } from "./components/ProspectHeader";
import { AnalysisNotes } from "./components/AnalysisNotes";
import { RequestsEditor } from "./components/RequestsEditor";
import { DecisionPicker } from "./components/DecisionPicker";
import { DecisionDateField } from "./components/DecisionDateField";
import { TemplatePicker } from "./components/TemplatePicker";
import { ReplyPreview } from "./components/ReplyPreview";
import { PreviewAnnouncer } from "./components/PreviewAnnouncer";
import { TemplateSettings } from "./components/TemplateSettings";
import { usePaneStyles } from "./styles";

interface ReplyComposerProps {
  services: PaneServices;
  item: HostItem;
  analysis: Analysis;
  source: AnalysisSource;
  /** The message's language, when what reads it could not be downloaded. */
  languageNotLoaded?: DetectedLanguage;
  templates: TemplateLibraryModel;
  /** Built-in templates in the message's language, downloaded with it. */
  languageTemplates?: readonly ReplyTemplate[];
}

export function ReplyComposer({
  services,
  item,
  analysis,
  source,
  languageNotLoaded,
  templates,
  languageTemplates,
}: ReplyComposerProps) {
  const styles = usePaneStyles();
  const ids = { asked: useId(), decision: useId(), reply: useId(), blocker: useId() };
  const library = useMemo(
    () => withLanguageTemplates(templates, languageTemplates),
    [templates, languageTemplates],
  );
  const model = useReplyDraft(services, library, item, analysis);
  const { status, send } = useSendReply(services);
  const locale = services.host.displayLanguage();
  const compose = services.host.mode === "compose";
  const sending = status.state === "sending";

  return (
    <main className={styles.pane}>
      <ProspectHeader message={analysis.message} />
      <AnalysisNotes source={source} analysis={analysis} languageNotLoaded={languageNotLoaded} />

      <section className={styles.section} aria-labelledby={ids.asked}>
        <h2 id={ids.asked} className={styles.heading2}>
          What they asked for
        </h2>
        <RequestsEditor
          requests={model.requests}
          onChange={model.updateRequest}
          onRemove={model.removeRequest}
          onAdd={model.addRequest}
        />
      </section>

      <section className={styles.section} aria-labelledby={ids.decision}>
        <h2 id={ids.decision} className={styles.heading2}>
          The decision to ask for
        </h2>
        <DecisionPicker
          options={services.decisionTypes}
          value={model.decision}
          onChange={model.setDecision}
        />
        <DecisionDateField
          value={model.dateValue}
          problem={model.dateProblem}
          deadline={analysis.deadline}
          today={model.today}
          locale={locale}
          onChange={model.setDate}
        />
      </section>

      <section className={styles.section} aria-labelledby={ids.reply}>
        <h2 id={ids.reply} className={styles.heading2}>
          Your reply
        </h2>
        {templates.state?.message && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{templates.state.message}</MessageBarBody>
          </MessageBar>
        )}
        <TemplatePicker
          templates={library.templates}
          value={model.templateId}
          prospectLanguage={source === "none" ? null : analysis.message.language}
          onChange={model.setTemplateId}
        />
        <ReplyPreview preview={model.preview} />
        <PreviewAnnouncer preview={model.preview} decisionTypes={services.decisionTypes} locale={locale} />
      </section>

      <div className={styles.actions}>
        <div role="status" aria-live="polite">
          {status.state === "sent" && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{status.message}</MessageBarBody>
            </MessageBar>
          )}
          {status.state === "failed" && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{status.message}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {model.blocker && (
          <p id={ids.blocker} className={styles.secondary}>
            {model.blocker}
          </p>
        )}
        <Button
          appearance="primary"
          disabledFocusable={sending || model.blocker !== null}
          aria-describedby={model.blocker ? ids.blocker : undefined}
          onClick={() => send(model.finalDraft)}
        >
          {buttonLabel(compose, sending)}
        </Button>
      </div>

      <TemplateSettings
        model={templates}
        selected={library.templates.find((template) => template.id === model.templateId)}
        previewWith={model.previewWith}
        onSaved={(template) => model.setTemplateId(template.id)}
      />
    </main>
  );
}

function buttonLabel(compose: boolean, sending: boolean): string {
  if (compose) return sending ? "Inserting reply…" : "Insert reply";
  return sending ? "Opening reply…" : "Reply with decision ask";
}

/** The built-in library with the built-in templates of the prospect's language; a team library as it is. */
function withLanguageTemplates(
  templates: TemplateLibraryModel,
  languageTemplates: readonly ReplyTemplate[] | undefined,
): TemplateLibrary {
  if (!templates.builtin || !languageTemplates || languageTemplates.length === 0) return templates.library;
  return { ...templates.library, templates: [...templates.library.templates, ...languageTemplates] };
}
