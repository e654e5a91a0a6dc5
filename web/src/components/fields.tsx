/** Labelled form controls: every input has a visible label tied to it. */
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'tel' | 'search' | 'number' | 'time';
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  name?: string;
}

/** A labelled text input or textarea. */
export function TextField({ label, value, onChange, type = 'text', required, multiline, hint, name }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, name, value, required, 'aria-describedby': hintId };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
      {hint && (
        <small id={hintId} className="muted">
          {hint}
        </small>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly T[];
  onChange: (value: T | '') => void;
  /** Labels options by a GraphQL enum's messages. */
  enumName?: string;
  /** Offer an empty choice with this label. */
  emptyLabel?: string;
  optionLabel?: (value: T) => string;
}

/** A labelled select over enum values. */
export function SelectField<T extends string>({ label, value, options, onChange, enumName, emptyLabel, optionLabel }: SelectFieldProps<T>) {
  const id = useId();
  const i18n = useI18n();
  const text = (option: T) => optionLabel?.(option) ?? (enumName ? i18n.label(enumName, option) : option);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value as T | '');
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {text(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  /** Labels options by a GraphQL enum's messages. */
  enumName: string;
}

/** A labelled select that always holds one of its options (no empty choice): a required enum field. */
export function ChoiceField<T extends string>({ label, value, options, onChange, enumName }: ChoiceFieldProps<T>) {
  return (
    <SelectField
      label={label}
      value={value}
      options={options}
      enumName={enumName}
      onChange={(chosen) => {
        // Without an empty option the select never answers ''.
        if (chosen) onChange(chosen);
      }}
    />
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  enumName: string;
}

/** A fieldset of checkboxes over enum values. */
export function CheckboxGroup<T extends string>({ legend, options, selected, onChange, enumName }: CheckboxGroupProps<T>) {
  const { label } = useI18n();
  return (
    <fieldset className="checkboxes">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={(event) => {
              onChange(event.target.checked ? [...selected, option] : selected.filter((item) => item !== option));
            }}
          />
          {label(enumName, option)}
        </label>
      ))}
    </fieldset>
  );
}

/** A section with a heading, the unit screens are built from. */
export function Section({ title, children, headingLevel = 2 }: { title: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card">
      <Heading>{title}</Heading>
      {children}
    </section>
  );
}
