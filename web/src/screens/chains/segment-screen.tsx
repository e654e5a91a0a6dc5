/** One segment: its chain and stage, who supplies it, whom it supplies, and the parks hosting it. */
import { graphql } from '../../generated/gql.js';
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { href } from '../../router/hash-router.js';

const SegmentQuery = graphql(`
  query SegmentDetail($id: ID!, $locale: Locale) {
    segment(id: $id, locale: $locale) {
      id
      name
      chain {
        id
        name
      }
      stage {
        id
        name
        index
      }
      suppliers {
        crossChain
        segment {
          id
          name
        }
      }
      customers {
        crossChain
        segment {
          id
          name
        }
      }
      researchFields
      parks {
        id
        name
        description
      }
    }
  }
`);

interface Link {
  crossChain: boolean;
  segment: { id: string; name: string };
}

function LinkList({ title, links }: { title: string; links: readonly Link[] }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{title}</h2>
      {links.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.segment.id}>
              <a href={href('chains', 'segment', link.segment.id)}>{link.segment.name}</a>
              {link.crossChain && <span className="tag">{t('segment.crossChain')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The segment detail screen. */
export function SegmentScreen({ segmentId }: { segmentId: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading } = useQuery(SegmentQuery, { id: segmentId, locale });
  const segment = data?.segment;
  return (
    <>
      <p>
        <a href={href('chains')}>← {t('segment.back')}</a>
      </p>
      {loading && <Loading />}
      <ErrorNotice error={error} />
      {data && !segment && <p>{t('error.NOT_FOUND')}</p>}
      {segment && (
        <>
          <h1>{segment.name}</h1>
          <dl className="facts">
            <dt>{t('segment.chain')}</dt>
            <dd>{segment.chain.name}</dd>
            <dt>{t('segment.stage')}</dt>
            <dd>{t('chains.stage', { index: segment.stage.index + 1, name: segment.stage.name })}</dd>
          </dl>
          <div className="columns">
            <LinkList title={t('segment.suppliers')} links={segment.suppliers} />
            <LinkList title={t('segment.customers')} links={segment.customers} />
          </div>
          <section className="card">
            <h2>{t('segment.parks')}</h2>
            <ul>
              {segment.parks.map((park) => (
                <li key={park.id}>
                  <strong>{park.name}</strong> <span className="muted">{park.description}</span>
                </li>
              ))}
            </ul>
            {segment.parks.length === 0 && <p className="muted">{t('common.none')}</p>}
          </section>
          {segment.researchFields.length > 0 && (
            <section className="card">
              <h2>{t('segment.research')}</h2>
              <p>{segment.researchFields.join(' · ')}</p>
            </section>
          )}
        </>
      )}
    </>
  );
}
