// The user's name and language. Where the data file lives is decided by the
// host (--data, COMMISSION_DESK_DATA) and not known to the renderer.
import { useId, useState } from 'react';
import { LOCALES } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';
import { useUser } from './UserContext';
import { UserNameField, useUserNameForm } from './UserNameField';
import './SettingsPage.css';

function NameForm({ initialName }: { initialName: string }) {
  const { t } = useLocale();
  const [saved, setSaved] = useState(false);
  const form = useUserNameForm(initialName, () => setSaved(true));
  // A new keystroke takes back the "Saved" notice.
  const change = (value: string) => {
    form.change(value);
    setSaved(false);
  };
  return (
    <form className="settings-form" onSubmit={form.submit} noValidate>
      <UserNameField form={{ ...form, change }} label={t('settings.name.label')} errorClassName="settings-error" />
      <button type="submit" className="button primary" disabled={form.saving}>
        {t('settings.name.save')}
      </button>
      <span className="settings-status" role="status">
        {saved ? t('settings.name.saved') : ''}
      </span>
    </form>
  );
}

function LanguageChoice() {
  const { t, locale, setLocale } = useLocale();
  return (
    <fieldset className="settings-languages">
      <legend className="visually-hidden">{t('settings.language.heading')}</legend>
      {LOCALES.map((option) => (
        <label key={option} className="radio" lang={option}>
          <input type="radio" name="locale" value={option} checked={option === locale} onChange={() => setLocale(option)} />
          {t(`language.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsPage() {
  const { t } = useLocale();
  const { userName } = useUser();
  const nameHeading = useId();
  const languageHeading = useId();
  const backupsHeading = useId();
  return (
    <div className="page settings-page">
      <h1>{t('settings.title')}</h1>
      <section className="panel" aria-labelledby={nameHeading}>
        <h2 id={nameHeading}>{t('settings.name.heading')}</h2>
        <p className="muted">{t('settings.name.help')}</p>
        {/* Settings may still be loading when this page is opened first. */}
        {userName === undefined ? <p className="muted">{t('app.loading')}</p> : <NameForm initialName={userName ?? ''} />}
      </section>
      <section className="panel" aria-labelledby={languageHeading}>
        <h2 id={languageHeading}>{t('settings.language.heading')}</h2>
        <p className="muted">{t('settings.language.help')}</p>
        <LanguageChoice />
      </section>
      <section className="panel" aria-labelledby={backupsHeading}>
        <h2 id={backupsHeading}>{t('backups.heading')}</h2>
        <p className="muted">{t('backups.settingsHelp')}</p>
        <p>
          <a href={routeHref({ name: 'backups' })}>{t('backups.settingsLink')}</a>
        </p>
      </section>
    </div>
  );
}
