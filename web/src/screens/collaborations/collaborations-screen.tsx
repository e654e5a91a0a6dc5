/** Collaborations: our own (post, edit, close, partners for each) and those recommended for us. */
import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks.js';
import { idempotencyKey } from '../../api/vocabulary.js';
import { useActingOrganizationId } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { OrganizationRequired } from '../../components/organization-required.js';
import { Section } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Locale } from '../../i18n/locales.js';
import { PartnerResults } from '../partners/partner-results.js';
import { CollaborationForm, type CollaborationFormValues } from './collaboration-form.js';
import {
  CloseCollaborationMutation,
  OwnCollaborationsQuery,
  PostCollaborationMutation,
  RecommendedCollaborationsQuery,
  UpdateCollaborationMutation,
} from './collaboration-operations.js';
import type { OwnCollaborationsQuery as OwnCollaborationsResult } from '../../generated/graphql.js';

type OwnCollaboration = OwnCollaborationsResult['collaborations']['edges'][number]['node'];

function textInput(values: CollaborationFormValues) {
  return { title: { [values.language]: values.title.trim() }, summary: { [values.language]: values.summary.trim() } };
}

function formOf(collaboration: OwnCollaboration, fallback: Locale): CollaborationFormValues {
  // Edit in the first language the title has, UI language first.
  const language = ([fallback, 'en', 'zh', 'ko'] as const).find((locale) => collaboration.title[locale]) ?? fallback;
  return {
    kind: collaboration.kind,
    language,
    title: collaboration.title[language] ?? '',
    summary: collaboration.summary[language] ?? '',
    segments: [...collaboration.segments],
    cooperationModes: [...collaboration.cooperationModes],
  };
}

function CollaborationItem({ collaboration, onChanged }: { collaboration: OwnCollaboration; onChanged: () => void }) {
  const { t, label, locale } = useI18n();
  const [mode, setMode] = useState<'view' | 'edit' | 'partners'>('view');
  const update = useMutation(UpdateCollaborationMutation);
  const close = useMutation(CloseCollaborationMutation);
  async function save(values: CollaborationFormValues) {
    const saved = await update.run({
      input: {
        id: collaboration.id,
        version: collaboration.version,
        kind: values.kind,
        ...textInput(values),
        segments: values.segments,
        cooperationModes: values.cooperationModes,
      },
    });
    if (saved) {
      setMode('view');
      onChanged();
    }
  }
  async function closeIt() {
    if (await close.run({ input: { id: collaboration.id, version: collaboration.version } })) onChanged();
  }
  const open = collaboration.status === 'OPEN';
  return (
    <li className="card" data-collaboration={collaboration.id}>
      <h3>{collaboration.title.text}</h3>
      <p className="muted">
        {label('CollaborationKind', collaboration.kind)} ·{' '}
        {t('collab.status', { status: label('CollaborationStatus', collaboration.status) })} ·{' '}
        {t('collab.expires', { date: new Date(collaboration.expiresAt).toLocaleDateString(locale) })}
      </p>
      <p>{collaboration.summary.text}</p>
      <ErrorNotice error={update.error ?? close.error} onReload={onChanged} />
      {mode === 'edit' ? (
        <CollaborationForm
          initial={formOf(collaboration, locale)}
          submitLabel={t('common.save')}
          pending={update.pending}
          onSubmit={(values) => void save(values)}
          onCancel={() => {
            setMode('view');
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setMode('edit');
            }}
          >
            {t('collab.edit')}
          </button>
          {open && (
            <button type="button" onClick={() => void closeIt()} disabled={close.pending}>
              {t('collab.close')}
            </button>
          )}
          {open && (
            <button
              type="button"
              onClick={() => {
                setMode(mode === 'partners' ? 'view' : 'partners');
              }}
              aria-expanded={mode === 'partners'}
            >
              {t('collab.partners')}
            </button>
          )}
        </div>
      )}
      {mode === 'partners' && <PartnerResults input={{ collaborationId: collaboration.id, first: 5 }} />}
    </li>
  );
}

function Recommended({ organizationId }: { organizationId: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading } = useQuery(RecommendedCollaborationsQuery, { organizationId, locale });
  return (
    <Section title={t('collab.recommended')}>
      {loading && <Loading />}
      <ErrorNotice error={error} />
      {data?.recommendedCollaborations.length === 0 && <p>{t('collab.noRecommended')}</p>}
      <ul>
        {data?.recommendedCollaborations.map((item) => (
          <li key={item.collaboration.id}>
            <strong>{item.collaboration.title.text}</strong> <span className="muted">{item.collaboration.organization?.name.text}</span> ·{' '}
            {t('matches.score', { score: `${Math.round(item.score * 100)}%` })}
            <p className="muted">{item.explanation}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The collaborations screen. */
export function CollaborationsScreen() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const organizationId = useActingOrganizationId();
  const own = useQuery(OwnCollaborationsQuery, organizationId ? { owner: organizationId, locale } : null);
  const post = useMutation(PostCollaborationMutation);
  const [formKey, setFormKey] = useState(idempotencyKey);
  if (!session) return <p>{t('session.required')}</p>;
  if (!organizationId) return <OrganizationRequired />;
  async function publish(values: CollaborationFormValues) {
    if (!organizationId) return;
    const posted = await post.run({
      input: {
        idempotencyKey: formKey,
        organizationId,
        kind: values.kind,
        ...textInput(values),
        segments: values.segments,
        cooperationModes: values.cooperationModes,
      },
    });
    if (posted) {
      setFormKey(idempotencyKey());
      own.reload();
    }
  }
  const empty: CollaborationFormValues = {
    kind: 'TECHNOLOGY_OFFER',
    language: locale,
    title: '',
    summary: '',
    segments: [],
    cooperationModes: [],
  };
  return (
    <>
      <h1>{t('collab.title')}</h1>
      <Section title={t('collab.post')}>
        <CollaborationForm
          key={formKey}
          initial={empty}
          submitLabel={t('collab.submit')}
          pending={post.pending}
          onSubmit={(values) => void publish(values)}
        />
        <ErrorNotice error={post.error} />
      </Section>
      <section>
        <h2>{t('collab.mine')}</h2>
        {own.loading && !own.data && <Loading />}
        <ErrorNotice error={own.error} />
        {own.data?.collaborations.edges.length === 0 && <p>{t('collab.none')}</p>}
        <ul className="plain">
          {own.data?.collaborations.edges.map(({ node }) => (
            <CollaborationItem key={node.id} collaboration={node} onChanged={own.reload} />
          ))}
        </ul>
      </section>
      <Recommended organizationId={organizationId} />
    </>
  );
}
