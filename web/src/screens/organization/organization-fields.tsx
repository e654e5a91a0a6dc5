/** The fields of the organization form, shared by registration and editing. */
import { CheckboxGroup, ChoiceField, SelectField, TextField } from '../../components/fields.js';
import { CooperationModesField } from '../../components/cooperation-modes-field.js';
import { SegmentPicker } from '../../components/segment-picker.js';
import { COUNTRIES, MATURITIES, ORGANIZATION_TYPES } from '../../api/vocabulary.js';
import { useI18n } from '../../i18n/i18n.js';
import type { OrganizationFormValues } from './organization-form.js';

/** Every field of the organization form. */
export function OrganizationFields({
  values,
  onChange,
}: {
  values: OrganizationFormValues;
  onChange: (values: OrganizationFormValues) => void;
}) {
  const { t } = useI18n();
  const set = <K extends keyof OrganizationFormValues>(key: K, value: OrganizationFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  return (
    <>
      <div className="columns">
        <ChoiceField
          label={t('org.type')}
          value={values.type}
          options={ORGANIZATION_TYPES}
          enumName="OrganizationType"
          onChange={(value) => {
            set('type', value);
          }}
        />
        <ChoiceField
          label={t('org.country')}
          value={values.country}
          options={COUNTRIES}
          enumName="Country"
          onChange={(value) => {
            set('country', value);
          }}
        />
      </div>
      <TextField
        label={t('org.nameEn')}
        value={values.name.en}
        onChange={(en) => {
          set('name', { ...values.name, en });
        }}
        name="name-en"
      />
      <TextField
        label={t('org.nameZh')}
        value={values.name.zh}
        onChange={(zh) => {
          set('name', { ...values.name, zh });
        }}
        name="name-zh"
      />
      <TextField
        label={t('org.nameKo')}
        value={values.name.ko}
        onChange={(ko) => {
          set('name', { ...values.name, ko });
        }}
        name="name-ko"
      />
      <TextField
        label={t('org.descriptionEn')}
        value={values.description.en}
        multiline
        onChange={(en) => {
          set('description', { ...values.description, en });
        }}
        name="description-en"
      />
      <TextField
        label={t('org.descriptionZh')}
        value={values.description.zh}
        multiline
        onChange={(zh) => {
          set('description', { ...values.description, zh });
        }}
        name="description-zh"
      />
      <TextField
        label={t('org.descriptionKo')}
        value={values.description.ko}
        multiline
        onChange={(ko) => {
          set('description', { ...values.description, ko });
        }}
        name="description-ko"
      />
      <div className="columns">
        <TextField
          label={t('org.city')}
          value={values.city}
          onChange={(city) => {
            set('city', city);
          }}
          name="city"
        />
        <TextField
          label={t('org.website')}
          type="url"
          value={values.website}
          onChange={(website) => {
            set('website', website);
          }}
          name="website"
        />
      </div>
      <SegmentPicker
        label={t('org.offers')}
        selected={values.offers}
        onChange={(offers) => {
          set('offers', offers);
        }}
        max={8}
      />
      <SegmentPicker
        label={t('org.seeks')}
        selected={values.seeks}
        onChange={(seeks) => {
          set('seeks', seeks);
        }}
        max={8}
      />
      <CooperationModesField
        selected={values.cooperationModes}
        onChange={(modes) => {
          set('cooperationModes', modes);
        }}
      />
      <CheckboxGroup
        legend={t('org.preferredCountries')}
        options={COUNTRIES}
        selected={values.preferredCountries}
        enumName="Country"
        onChange={(countries) => {
          set('preferredCountries', countries);
        }}
      />
      <SelectField
        label={t('org.maturity')}
        value={values.maturity}
        options={MATURITIES}
        enumName="TechnologyMaturity"
        emptyLabel={t('common.none')}
        onChange={(maturity) => {
          set('maturity', maturity);
        }}
      />
      <fieldset>
        <legend>{t('org.contact')}</legend>
        <TextField
          label={t('org.contactPerson')}
          value={values.contact.person}
          required
          onChange={(person) => {
            set('contact', { ...values.contact, person });
          }}
          name="contact-person"
        />
        <TextField
          label={t('org.contactEmail')}
          type="email"
          value={values.contact.email}
          required
          onChange={(email) => {
            set('contact', { ...values.contact, email });
          }}
          name="contact-email"
        />
        <TextField
          label={t('org.contactPhone')}
          type="tel"
          value={values.contact.phone}
          onChange={(phone) => {
            set('contact', { ...values.contact, phone });
          }}
          name="contact-phone"
        />
      </fieldset>
    </>
  );
}
