/** Whether an event's registration is open now, and its window, in the UI language. */
import { useI18n } from '../../i18n/i18n.js';

/** True while `now` is inside the registration window. */
export function registrationIsOpen(opensAt: string, closesAt: string, now = new Date()): boolean {
  return new Date(opensAt) <= now && now < new Date(closesAt);
}

/** "Registration open until …" or "Registration: … – …". */
export function RegistrationWindow({ opensAt, closesAt }: { opensAt: string; closesAt: string }) {
  const { t, locale } = useI18n();
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const open = registrationIsOpen(opensAt, closesAt);
  return (
    <p data-registration={open ? 'open' : 'closed'}>
      <span className={open ? 'tag status-OPEN' : 'tag'}>{open ? t('events.registrationOpen') : t('events.registrationClosed')}</span>{' '}
      {t('events.registrationWindow', { opens: date(opensAt), closes: date(closesAt) })}
    </p>
  );
}
