/**
 * My organization: registration for a signed-in person without one (or
 * another one, at #/organization/new), editing for a member. The registrant
 * becomes the new organization's owner in the same request, so the console
 * reads `me` again and acts for it at once. A stale version (CONFLICT) says
 * someone else changed it and offers to reload.
 */
import { useEffect, useState, type SubmitEvent } from 'react';
import { graphql } from '../../generated/gql.js';
import { useMutation, useQuery } from '../../api/hooks.js';
import { idempotencyKey } from '../../api/vocabulary.js';
import { useMemberships } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { href, navigate } from '../../router/hash-router.js';
import { InvitationsForMe } from '../members/invitations-for-me.js';
import { RequestToJoin } from '../members/request-to-join.js';
import { OrganizationFields } from './organization-fields.js';
import { emptyOrganizationForm, formValuesOf, registerInput, updateInput, type OrganizationFormValues } from './organization-form.js';

const MyOrganizationQuery = graphql(`
  query MyOrganization($id: ID!) {
    organization(id: $id) {
      id
      version
      verification
      type
      country
      city
      website
      name {
        en
        zh
        ko
      }
      description {
        en
        zh
        ko
      }
      offers {
        segmentId
      }
      seeks
      cooperationModes
      preferences {
        countries
      }
      technology {
        maturity
      }
      contact {
        person
        email
        phone
      }
    }
  }
`);

const RegisterOrganizationMutation = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      id
      name {
        text
      }
    }
  }
`);

const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      version
    }
  }
`);

function RegisterOrganization() {
  const { t, locale } = useI18n();
  const { reload } = useMemberships();
  const [values, setValues] = useState<OrganizationFormValues>(() => emptyOrganizationForm(locale === 'ko' ? 'KR' : 'CN'));
  // One key per form: a retried submit after a network error registers once.
  const [key] = useState(idempotencyKey);
  const register = useMutation(RegisterOrganizationMutation);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const registered = await register.run({ input: registerInput(values, key) });
    if (!registered) return;
    // The registrant is its owner now: act for it and go on to find partners.
    reload(registered.registerOrganization.id);
    navigate('partners');
  }
  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <OrganizationFields values={values} onChange={setValues} />
      <ErrorNotice error={register.error} />
      <button type="submit" disabled={register.pending}>
        {t('org.register')}
      </button>
    </form>
  );
}

function EditOrganization({ organizationId }: { organizationId: string }) {
  const { t, label } = useI18n();
  const loaded = useQuery(MyOrganizationQuery, { id: organizationId });
  const update = useMutation(UpdateOrganizationMutation);
  const [values, setValues] = useState<OrganizationFormValues>();
  const organization = loaded.data?.organization;
  useEffect(() => {
    if (organization) setValues(formValuesOf(organization));
  }, [organization]);
  if (loaded.loading && !values) return <Loading />;
  if (!organization || !values) return <ErrorNotice error={loaded.error} />;
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!organization || !values) return;
    const saved = await update.run({ input: updateInput(values, organization.id, organization.version) });
    if (saved) loaded.reload();
  }
  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <p className="muted">
        {organization.id} · {t('org.verification', { status: label('VerificationStatus', organization.verification) })}
      </p>
      <OrganizationFields values={values} onChange={setValues} />
      <ErrorNotice error={update.error} onReload={loaded.reload} />
      {update.data && !update.error && !update.pending && <p role="status">{t('common.saved')}</p>}
      <button type="submit" disabled={update.pending}>
        {t('common.save')}
      </button>
    </form>
  );
}

/** The my-organization screen; `registerAnother` for #/organization/new. */
export function OrganizationScreen({ registerAnother = false }: { registerAnother?: boolean }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { acting, loading } = useMemberships();
  if (!session) return <p>{t('session.required')}</p>;
  if (session.role.kind === 'admin') return <p>{t('session.organizationRequired')}</p>;
  if (loading && !acting) return <Loading />;
  if (acting && !registerAnother) {
    return (
      <>
        <h1>{t('org.titleEdit')}</h1>
        <EditOrganization key={acting.organizationId} organizationId={acting.organizationId} />
        <p>
          <a href={href('organization', 'new')}>{t('org.registerAnother')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('org.titleRegister')}</h1>
      <InvitationsForMe />
      <RegisterOrganization />
      <RequestToJoin />
    </>
  );
}
