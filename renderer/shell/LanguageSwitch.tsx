import { LOCALES, type Locale } from '../../shared/history/domain';
import { useLocale } from '../i18n/LocaleContext';

/** English / Español as a pair of toggle buttons; the choice is saved in settings. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useLocale();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option: Locale) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => {
            if (option !== locale) setLocale(option);
          }}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
