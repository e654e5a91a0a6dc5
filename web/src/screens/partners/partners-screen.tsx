/** Find partners: filters, then ranked results for the member's organization. */
import { useState, type SubmitEvent } from 'react';
import type { Country, OrganizationType, PartnerSearchInput } from '../../generated/graphql.js';
import { COUNTRIES, ORGANIZATION_TYPES } from '../../api/vocabulary.js';
import { useActingOrganizationId } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { OrganizationRequired } from '../../components/organization-required.js';
import { CheckboxGroup, TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { PartnerResults } from './partner-results.js';

/** The find-partners screen. */
export function PartnersScreen() {
  const { t } = useI18n();
  const { session } = useSession();
  const organizationId = useActingOrganizationId();
  const [countries, setCountries] = useState<Country[]>([]);
  const [types, setTypes] = useState<OrganizationType[]>([]);
  const [verifiedOnly, setVerifiedOnly] = useState(false);
  const [minScore, setMinScore] = useState('0');
  const [input, setInput] = useState<PartnerSearchInput>();
  if (!session) return <p>{t('session.required')}</p>;
  if (!organizationId) return <OrganizationRequired />;
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setInput({ organizationId, countries, types, verifiedOnly, minScore: Math.min(1, Math.max(0, Number(minScore) || 0)), first: 10 });
  }
  return (
    <>
      <h1>{t('partners.title')}</h1>
      <form className="card filters" onSubmit={submit} aria-label={t('partners.filters')}>
        <CheckboxGroup
          legend={t('partners.countries')}
          options={COUNTRIES}
          selected={countries}
          enumName="Country"
          onChange={setCountries}
        />
        <CheckboxGroup
          legend={t('partners.types')}
          options={ORGANIZATION_TYPES}
          selected={types}
          enumName="OrganizationType"
          onChange={setTypes}
        />
        <label className="inline">
          <input
            type="checkbox"
            checked={verifiedOnly}
            onChange={(event) => {
              setVerifiedOnly(event.target.checked);
            }}
          />
          {t('partners.verifiedOnly')}
        </label>
        <TextField label={t('partners.minScore')} type="number" value={minScore} onChange={setMinScore} name="min-score" />
        <button type="submit">{t('partners.search')}</button>
      </form>
      {input && <PartnerResults input={input} interestFrom={organizationId} />}
    </>
  );
}
