// The user's name and language. Where the data file lives is decided by the
// host (--data, COMMISSION_DESK_DATA) and not known to the renderer.
import { useId, useState, type FormEvent } from 'react';
import { LOCALES } from '../../shared/domain/audit';
import { useLocale } from '../i18n/LocaleContext';
import { useUser } from './UserContext';
import './SettingsPage.css';

function NameForm({ initialName }: { initialName: string }) {
  const { t } = useLocale();
  const { saveUserName } = useUser();
  const [name, setName] = useState(initialName);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setError(t('nameDialog.required'));
      return;
    }
    setSaving(true);
    const failure = await saveUserName(trimmed);
    setSaving(false);
    if (failure === null) setSaved(true);
    else setError(failure.fields?.userName ?? failure.message);
  }

  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)} noValidate>
      <label className="field">
        <span className="field-label">{t('settings.name.label')}</span>
        <input
          type="text"
          name="userName"
          autoComplete="name"
          maxLength={120}
          value={name}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
            setSaved(false);
          }}
        />
      </label>
      <button type="submit" className="button primary" disabled={saving}>
        {t('settings.name.save')}
      </button>
      <span className="settings-status" role="status">
        {saved ? t('settings.name.saved') : ''}
      </span>
      {error !== null && (
        <p id={errorId} className="field-error settings-error" role="alert">
          {error}
        </p>
      )}
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
    </div>
  );
}
