/**
 * Sign in: on a local server the development sign-in (pick a role), in AWS
 * Cognito's managed login (authorization code with PKCE).
 */
import { useState, type SubmitEvent } from 'react';
import { useConfig } from '../../api/hooks.js';
import type { CognitoAuthConfig, DevAuthConfig } from '../../api/config.js';
import { beginSignIn } from '../../auth/pkce.js';
import { useSession } from '../../auth/session.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate } from '../../router/hash-router.js';
import { DEV_SIGN_IN_ROLES, devSignIn, type DevSignInRole } from './dev-sign-in.js';

function DevSignIn({ config }: { config: DevAuthConfig }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [role, setRole] = useState<DevSignInRole>('member');
  const [organizationId, setOrganizationId] = useState('demo-org-kr-igbt-1');
  const [email, setEmail] = useState('');
  const [failure, setFailure] = useState<string>();
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      signIn(await devSignIn(config, role, { organizationId: organizationId.trim(), email: email.trim() }));
      navigate(role === 'admin' ? 'admin' : role === 'user' ? 'organization' : 'partners');
    } catch (error) {
      setFailure((error as Error).message);
    }
  }
  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>{t('signIn.devTitle')}</h2>
      <p className="muted">{t('signIn.devIntro')}</p>
      <SelectField
        label={t('signIn.role')}
        value={role}
        options={DEV_SIGN_IN_ROLES}
        onChange={(value) => {
          setRole(value || 'member');
        }}
        optionLabel={(value) => t(`signIn.role.${value}`)}
      />
      {role === 'member' && (
        <TextField label={t('signIn.organizationId')} value={organizationId} onChange={setOrganizationId} required name="organization-id" />
      )}
      {role === 'user' && <TextField label={t('signIn.email')} type="email" value={email} onChange={setEmail} name="email" />}
      {failure && (
        <p role="alert" className="error">
          {t('signIn.failed', { message: failure })}
        </p>
      )}
      <button type="submit">{t('signIn.submit')}</button>
    </form>
  );
}

function CognitoSignIn({ config }: { config: CognitoAuthConfig }) {
  const { t } = useI18n();
  return (
    <div className="card">
      <p>{t('signIn.cognitoIntro')}</p>
      <button type="button" onClick={() => void beginSignIn(config)}>
        {t('signIn.cognito')}
      </button>
    </div>
  );
}

/** The sign-in screen. */
export function SignInScreen() {
  const { t } = useI18n();
  const { auth } = useConfig();
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {auth.kind === 'dev' ? <DevSignIn config={auth} /> : <CognitoSignIn config={auth} />}
    </>
  );
}
