import { describe, expect, it } from 'vitest';
import {
  emptyOrganizationForm,
  formValuesOf,
  localizedInput,
  registerInput,
  updateInput,
} from '../../../web/src/screens/organization/organization-form.js';

describe('organization form', () => {
  it('sends only the languages filled in (the API refuses blank translations)', () => {
    expect(localizedInput({ en: '  ', zh: '', ko: ' 아룸 ' })).toEqual({ ko: '아룸' });
  });

  it('turns the form into a registration with segment offers and an idempotency key', () => {
    const values = {
      ...emptyOrganizationForm('KR'),
      name: { en: '', zh: '', ko: '한빛소재' },
      offers: ['nev.battery-materials'],
      contact: { person: '김', email: 'kim@example.org', phone: '' },
    };
    const input = registerInput(values, 'console-key-1');
    expect(input).toMatchObject({
      idempotencyKey: 'console-key-1',
      country: 'KR',
      name: { ko: '한빛소재' },
      offers: [{ segmentId: 'nev.battery-materials' }],
      contact: { person: '김', email: 'kim@example.org' },
    });
    expect(input.contact.phone).toBeUndefined();
    expect(input.technology).toBeUndefined();
  });

  it('round-trips a loaded profile and sends back the version it was read at', () => {
    const loaded = {
      type: 'UNIVERSITY' as const,
      country: 'CN' as const,
      city: 'Changchun',
      name: { en: 'Jilin Demo University', zh: null, ko: null },
      description: { en: 'Research.' },
      offers: [{ segmentId: 'ginseng.ginseng-deep-processing' }],
      seeks: [],
      cooperationModes: ['JOINT_RND' as const],
      preferences: { countries: ['KR' as const] },
      technology: { maturity: 'LAB_TESTED' as const },
      contact: null,
    };
    const input = updateInput(formValuesOf(loaded), 'org-1', 7);
    expect(input).toMatchObject({
      id: 'org-1',
      version: 7,
      city: 'Changchun',
      name: { en: 'Jilin Demo University' },
      technology: { maturity: 'LAB_TESTED' },
      preferences: { countries: ['KR'] },
    });
  });
});
