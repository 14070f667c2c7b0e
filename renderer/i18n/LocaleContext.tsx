// The chosen language is kept in the database settings (settings.locale), not
// in localStorage: the browser host runs on a new port each time, and
// localStorage is per origin, so it would forget the choice.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/history/domain';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import { call } from '../api/client';
import { calendarDateFormatter, dateTimeFormatter, intlTag } from './dates';

export type LocaleTools = Readonly<{
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** 2025-03-03 → "3 Mar 2025" / "3 mar 2025": every date a reader sees goes through this (./dates.ts). */
  formatDate: (isoDate: string) => string;
  formatDateTime: (isoTimestamp: string) => string;
  formatNumber: (value: number) => string;
}>;

const LocaleContext = createContext<LocaleTools | null>(null);

function initialLocale(): Locale {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
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
    const formatDate = calendarDateFormatter(locale);
    const numberFormat = new Intl.NumberFormat(intlTag(locale));
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDate,
      formatDateTime: dateTimeFormatter(locale),
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
