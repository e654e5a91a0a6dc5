/** Industry chains (public): the zone's chain groups with a segment search in any of the three languages. */
import { useState } from 'react';
import { graphql } from '../../generated/gql.js';
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { href } from '../../router/hash-router.js';
import { useDebounced } from '../../components/use-debounced.js';

const IndustryChainsQuery = graphql(`
  query IndustryChains($locale: Locale) {
    industryChains(locale: $locale) {
      id
      name
      chains {
        id
        name
        stages {
          id
          name
          index
          segments {
            id
            name
          }
        }
      }
    }
  }
`);

/** Segment search, shared by this screen and the segment picker. */
export const SearchSegmentsQuery = graphql(`
  query SearchSegments($text: String!, $locale: Locale, $first: Int) {
    searchSegments(text: $text, locale: $locale, first: $first) {
      id
      name
      chain {
        id
        name
      }
      stage {
        id
        name
      }
    }
  }
`);

/** The industry-chains screen. */
export function ChainsScreen() {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 250);
  const chains = useQuery(IndustryChainsQuery, { locale });
  const found = useQuery(SearchSegmentsQuery, query ? { text: query, locale, first: 12 } : null);
  return (
    <>
      <h1>{t('chains.title')}</h1>
      <p className="muted">{t('chains.intro')}</p>
      <div className="card">
        <TextField
          label={t('chains.search')}
          type="search"
          value={text}
          onChange={setText}
          hint={t('chains.searchHint')}
          name="segment-search"
        />
        {query && (
          <section aria-live="polite">
            <h2>{t('chains.results')}</h2>
            <ErrorNotice error={found.error} />
            {found.data && found.data.searchSegments.length === 0 && <p>{t('chains.noResults', { text: query })}</p>}
            <ul className="segment-results">
              {found.data?.searchSegments.map((segment) => (
                <li key={segment.id}>
                  <a href={href('chains', 'segment', segment.id)}>{segment.name}</a>{' '}
                  <span className="muted">
                    {segment.chain.name} · {segment.stage.name}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {chains.loading && <Loading />}
      <ErrorNotice error={chains.error} />
      {chains.data?.industryChains.map((group) => (
        <section key={group.id} className="card">
          <h2>{group.name}</h2>
          {group.chains.map((chain) => (
            <details key={chain.id}>
              <summary>{chain.name}</summary>
              <ol className="stages">
                {chain.stages.map((stage) => (
                  <li key={stage.id}>
                    <strong>{t('chains.stage', { index: stage.index + 1, name: stage.name })}</strong>
                    <ul>
                      {stage.segments.map((segment) => (
                        <li key={segment.id}>
                          <a href={href('chains', 'segment', segment.id)}>{segment.name}</a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </details>
          ))}
        </section>
      ))}
    </>
  );
}
