/** Post or edit a collaboration: kind, title and summary in one chosen language, segments, modes. */
import { useState, type SubmitEvent } from 'react';
import type { CollaborationKind, CooperationMode } from '../../generated/graphql.js';
import { COLLABORATION_KINDS } from '../../api/vocabulary.js';
import { CooperationModesField } from '../../components/cooperation-modes-field.js';
import { ChoiceField, TextField } from '../../components/fields.js';
import { SegmentPicker } from '../../components/segment-picker.js';
import { LOCALES, type Locale } from '../../i18n/locales.js';
import { useI18n } from '../../i18n/i18n.js';

/** What the collaboration form edits. */
export interface CollaborationFormValues {
  kind: CollaborationKind;
  language: Locale;
  title: string;
  summary: string;
  segments: string[];
  cooperationModes: CooperationMode[];
}

interface CollaborationFormProps {
  initial: CollaborationFormValues;
  submitLabel: string;
  pending: boolean;
  onSubmit: (values: CollaborationFormValues) => void;
  onCancel?: () => void;
}

/** The collaboration form. */
export function CollaborationForm({ initial, submitLabel, pending, onSubmit, onCancel }: CollaborationFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof CollaborationFormValues>(key: K, value: CollaborationFormValues[K]) => {
    setValues({ ...values, [key]: value });
  };
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(values);
  }
  return (
    <form onSubmit={submit}>
      <div className="columns">
        <ChoiceField
          label={t('collab.kind')}
          value={values.kind}
          options={COLLABORATION_KINDS}
          enumName="CollaborationKind"
          onChange={(kind) => {
            set('kind', kind);
          }}
        />
        <ChoiceField
          label={t('collab.language')}
          value={values.language}
          options={LOCALES}
          enumName="Locale"
          onChange={(language) => {
            set('language', language);
          }}
        />
      </div>
      <TextField
        label={t('collab.titleField')}
        value={values.title}
        onChange={(title) => {
          set('title', title);
        }}
        required
        name="title"
      />
      <TextField
        label={t('collab.summary')}
        value={values.summary}
        onChange={(summary) => {
          set('summary', summary);
        }}
        multiline
        required
        name="summary"
      />
      <SegmentPicker
        label={t('collab.segments')}
        selected={values.segments}
        onChange={(segments) => {
          set('segments', segments);
        }}
        max={5}
      />
      <CooperationModesField
        selected={values.cooperationModes}
        onChange={(modes) => {
          set('cooperationModes', modes);
        }}
      />
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>{' '}
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </form>
  );
}
