// The chosen language is kept in the database settings (settings.locale), not
// in localStorage: the browser host runs on a new port each time, and
// localStorage is per origin, so it would forget the choice.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/history/domain';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import { call } from '../api/client';

export type LocaleTools = Readonly<{
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** 2025-03-03 → "3 Mar 2025" / "3 mar 2025" */
  formatDate: (isoDate: string) => string;
  formatDateTime: (isoTimestamp: string) => string;
  formatNumber: (value: number) => string;
}>;

const LocaleContext = createContext<LocaleTools | null>(null);

function initialLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function intlTag(locale: Locale): string {
  return locale === 'es' ? 'es' : 'en-GB';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    void call('settings.get', {}).then((response) => {
      if (response.ok && response.result.locale !== null) setLocaleState(response.result.locale);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    void call('settings.update', { locale: next });
  }, []);

  const tools = useMemo<LocaleTools>(() => {
    const dateFormat = new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
    const numberFormat = new Intl.NumberFormat(intlTag(locale));
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      // Calendar dates are formatted at UTC so that no time zone moves them a day.
      formatDate: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
      formatDateTime: (isoTimestamp) => dateTimeFormat.format(new Date(isoTimestamp)),
      formatNumber: (value) => numberFormat.format(value),
    };
  }, [locale, setLocale]);

  return <LocaleContext.Provider value={tools}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleTools {
  const tools = useContext(LocaleContext);
  if (tools === null) throw new Error('useLocale outside LocaleProvider');
  return tools;
}
