/** The cooperation modes checkboxes, as organizations and collaborations both state them. */
import type { CooperationMode } from '../generated/graphql.js';
import { COOPERATION_MODES } from '../api/vocabulary.js';
import { useI18n } from '../i18n/i18n.js';
import { CheckboxGroup } from './fields.js';

/** The modes of cooperation (supply agreement, distribution, joint venture…) a form offers, labelled in the console's language. */
export function CooperationModesField({
  selected,
  onChange,
}: {
  selected: readonly CooperationMode[];
  onChange: (modes: CooperationMode[]) => void;
}) {
  const { t } = useI18n();
  return (
    <CheckboxGroup legend={t('org.modes')} options={COOPERATION_MODES} selected={selected} enumName="CooperationMode" onChange={onChange} />
  );
}
