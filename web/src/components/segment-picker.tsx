/** Picks industry-chain segments by searching in any language (searchSegments): type 양극재, 电驱动 or IGBT and pick. */
import { useId, useState } from 'react';
import { graphql } from '../generated/gql.js';
import { useQuery } from '../api/hooks.js';
import { SearchSegmentsQuery } from '../screens/chains/chains-screen.js';
import { useI18n } from '../i18n/i18n.js';
import { useDebounced } from './use-debounced.js';

const SegmentNameQuery = graphql(`
  query SegmentName($id: ID!, $locale: Locale) {
    segment(id: $id, locale: $locale) {
      id
      name
    }
  }
`);

/** A segment's name in the UI language (the id until it arrives). */
export function SegmentName({ id }: { id: string }) {
  const { locale } = useI18n();
  const { data } = useQuery(SegmentNameQuery, { id, locale });
  return <>{data?.segment?.name ?? id}</>;
}

interface SegmentPickerProps {
  label: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  max: number;
}

/** A search box with results to add and the picked segments to remove. */
export function SegmentPicker({ label, selected, onChange, max }: SegmentPickerProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const found = useQuery(SearchSegmentsQuery, query ? { text: query, locale, first: 8 } : null);
  const candidates = (found.data?.searchSegments ?? []).filter((segment) => !selected.includes(segment.id));
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      <p className="muted" id={`${id}-selected`}>
        {t('picker.selected')}
      </p>
      <ul className="chips" aria-labelledby={`${id}-selected`}>
        {selected.map((segmentId) => (
          <li key={segmentId} className="chip" data-segment={segmentId}>
            <SegmentName id={segmentId} />
            <button
              type="button"
              className="link"
              onClick={() => {
                onChange(selected.filter((item) => item !== segmentId));
              }}
              aria-label={t('common.remove', { name: segmentId })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {selected.length === 0 && <p className="muted">{t('picker.empty')}</p>}
      <label htmlFor={id}>{t('picker.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
        aria-describedby={`${id}-hint`}
        disabled={selected.length >= max}
      />
      <small id={`${id}-hint`} className="muted">
        {t('picker.hint')}
      </small>
      {query && (
        <ul className="picker-results" aria-live="polite">
          {candidates.map((segment) => (
            <li key={segment.id}>
              <button
                type="button"
                onClick={() => {
                  onChange([...selected, segment.id]);
                  setText('');
                }}
              >
                {t('picker.add', { name: segment.name })}
              </button>{' '}
              <span className="muted">{segment.chain.name}</span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
