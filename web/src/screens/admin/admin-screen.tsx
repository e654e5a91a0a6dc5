/** Administration: organizations by verification (verify, suspend), the zone statistics and the matchmaking events (statistics, scheduling). */
import { useState } from 'react';
import type { AdminOrganizationsQuery as AdminOrganizationsResult, VerificationStatus } from '../../generated/graphql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { VERIFICATION_STATUSES } from '../../api/vocabulary.js';
import { useSession } from '../../auth/session.js';
import { Section, SelectField } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { AdminOrganizationsQuery, SetVerificationMutation } from './admin-operations.js';
import { EventStatistics } from './event-statistics.js';
import { ZoneStatistics } from './zone-statistics.js';

type AdminOrganization = AdminOrganizationsResult['organizations']['edges'][number]['node'];

function OrganizationRow({ organization, onChanged }: { organization: AdminOrganization; onChanged: () => void }) {
  const { t, label } = useI18n();
  const setVerification = useMutation(SetVerificationMutation);
  async function change(verification: VerificationStatus) {
    if (await setVerification.run({ input: { organizationId: organization.id, version: organization.version, verification } })) onChanged();
  }
  return (
    <tr data-organization={organization.id}>
      <td>
        {organization.name.text}
        <br />
        <small className="muted">{organization.id}</small>
      </td>
      <td>{label('Country', organization.country)}</td>
      <td>{label('VerificationStatus', organization.verification)}</td>
      <td className="actions">
        {organization.verification !== 'VERIFIED' && (
          <button
            type="button"
            onClick={() => void change('VERIFIED')}
            disabled={setVerification.pending}
            aria-label={`${t('admin.verify')}: ${organization.name.text}`}
          >
            {t('admin.verify')}
          </button>
        )}
        {organization.verification !== 'SUSPENDED' && (
          <button
            type="button"
            className="secondary"
            onClick={() => void change('SUSPENDED')}
            disabled={setVerification.pending}
            aria-label={`${t('admin.suspend')}: ${organization.name.text}`}
          >
            {t('admin.suspend')}
          </button>
        )}
        <ErrorNotice error={setVerification.error} onReload={onChanged} />
      </td>
    </tr>
  );
}

function Organizations() {
  const { t, locale } = useI18n();
  const [verification, setVerification] = useState<VerificationStatus | ''>('UNVERIFIED');
  const [after, setAfter] = useState<string | undefined>();
  const list = useQuery(AdminOrganizationsQuery, { locale, ...(verification ? { verification } : {}), ...(after ? { after } : {}) });
  const pageInfo = list.data?.organizations.pageInfo;
  return (
    <Section title={t('admin.organizations')}>
      <SelectField
        label={t('admin.verificationFilter')}
        value={verification}
        options={VERIFICATION_STATUSES}
        enumName="VerificationStatus"
        emptyLabel={t('common.any')}
        onChange={(value) => {
          setVerification(value);
          setAfter(undefined);
        }}
      />
      {list.loading && !list.data && <Loading />}
      <ErrorNotice error={list.error} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.organizations')}</th>
              <th scope="col">{t('org.country')}</th>
              <th scope="col">{t('admin.verificationFilter')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.verify')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data?.organizations.edges.map(({ node }) => (
              <OrganizationRow key={node.id} organization={node} onChanged={list.reload} />
            ))}
          </tbody>
        </table>
      </div>
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <button
          type="button"
          onClick={() => {
            setAfter(pageInfo.endCursor ?? undefined);
          }}
        >
          {t('common.more')}
        </button>
      )}
    </Section>
  );
}

/** The administration screen. */
export function AdminScreen() {
  const { t } = useI18n();
  const { session } = useSession();
  if (!session) return <p>{t('session.required')}</p>;
  if (session.role.kind !== 'admin') return <p>{t('session.adminRequired')}</p>;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <ZoneStatistics />
      <EventStatistics />
      <Organizations />
    </>
  );
}
