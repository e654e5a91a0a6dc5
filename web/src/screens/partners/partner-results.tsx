/**
 * Partner search results: score, forward and reverse fit, reasons, the
 * explanation in the UI language, park, policies, the chain picture and
 * "express interest". Shared by Find partners and a collaboration's partners.
 */
import { graphql } from '../../generated/gql.js';
import type { PartnerSearchInput } from '../../generated/graphql.js';
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { ChainPicture } from './chain-picture.js';
import { pictureReason } from './chain-picture-layout.js';
import { InterestForm } from './interest-form.js';

const SearchPartnersQuery = graphql(`
  query SearchPartners($input: PartnerSearchInput!, $locale: Locale) {
    searchPartners(input: $input) {
      results {
        score
        forwardFit
        reverseFit
        explanation(locale: $locale)
        organization {
          id
          country
          type
          verification
          name {
            text(locale: $locale)
          }
        }
        reasons {
          kind
          direction
          seekerSegment {
            ...PictureSegment
          }
          candidateSegment {
            ...PictureSegment
          }
        }
        suggestedPark {
          id
          name
        }
        policies {
          id
          name
        }
      }
    }
  }

  fragment PictureSegment on Segment {
    id
    name
    chain {
      id
      name
      stages {
        id
        name
        index
      }
    }
    stage {
      index
    }
  }
`);

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Results of one search; `interestFrom` is the member's organization, when they may express interest. */
export function PartnerResults({
  input,
  interestFrom,
  collaborationId,
}: {
  input: PartnerSearchInput;
  interestFrom?: string | undefined;
  collaborationId?: string;
}) {
  const { t, label, locale } = useI18n();
  const { data, error, loading } = useQuery(SearchPartnersQuery, { input: { ...input, locale }, locale });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorNotice error={error} />;
  const results = data?.searchPartners.results ?? [];
  if (results.length === 0) return <p>{t('partners.none')}</p>;
  return (
    <ol className="results">
      {results.map((result) => {
        const name = result.organization.name.text;
        const reason = pictureReason(result.reasons);
        return (
          <li key={result.organization.id} className="card result" data-organization={result.organization.id}>
            <h3>
              {name} <span className="tag">{label('Country', result.organization.country)}</span>{' '}
              <span className="tag">{label('OrganizationType', result.organization.type)}</span>
            </h3>
            <dl className="scores">
              <div>
                <dt>{t('partners.score')}</dt>
                <dd>{percent(result.score)}</dd>
              </div>
              <div>
                <dt>{t('partners.forward')}</dt>
                <dd>{percent(result.forwardFit)}</dd>
              </div>
              <div>
                <dt>{t('partners.reverse')}</dt>
                <dd>{percent(result.reverseFit)}</dd>
              </div>
            </dl>
            <p className="explanation" lang={locale}>
              {result.explanation}
            </p>
            {reason && <ChainPicture reason={reason} partnerName={name} />}
            <h4>{t('partners.reasons')}</h4>
            <ul>
              {result.reasons.slice(0, 4).map((item, index) => (
                <li key={index}>
                  {t('partners.reason', {
                    kind: label('FitEvidenceKind', item.kind),
                    seeker: item.seekerSegment.name,
                    candidate: item.candidateSegment.name,
                  })}
                </li>
              ))}
            </ul>
            {result.suggestedPark && (
              <p>
                <strong>{t('partners.park')}:</strong> {result.suggestedPark.name}
              </p>
            )}
            {result.policies.length > 0 && (
              <>
                <h4>{t('partners.policies')}</h4>
                <ul>
                  {result.policies.map((policy) => (
                    <li key={policy.id}>{policy.name}</li>
                  ))}
                </ul>
              </>
            )}
            {interestFrom && interestFrom !== result.organization.id && (
              <InterestForm
                fromOrganizationId={interestFrom}
                toOrganizationId={result.organization.id}
                toName={name}
                collaborationId={collaborationId}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
