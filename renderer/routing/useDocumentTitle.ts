import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Input, Method } from '../../shared/api/contract';
import { translate } from '../../shared/i18n/catalog';
import { fetchResult } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { documentTitle } from './documentTitle';
import { routeParams, routeSpec, type RecordRead, type Route } from './routes';

function recordReadOf(route: Route): RecordRead | null {
  if (route.name === 'notFound') return null;
  const record = routeSpec(route.name).record as { read: (params: Readonly<Record<string, string>>) => RecordRead } | undefined;
  return record === undefined ? null : record.read(routeParams(route));
}

/**
 * The browser tab names the screen and, on a record's screen, the record
 * ("Case CAFTA-2026-001 — Commission Desk"), in the UI language. The record's
 * name comes from the same cached read the screen makes (one request), so it
 * appears when the screen's data does.
 */
export function useDocumentTitle(route: Route): void {
  const { locale } = useLocale();
  const read = recordReadOf(route);
  const record = useQuery({
    queryKey: [read?.method ?? 'none', read?.input ?? null],
    queryFn: () => fetchResult(read?.method as Method, read?.input as Input<Method>),
    enabled: read !== null,
    select: (result: unknown) => read?.name(result) ?? null,
  });
  const recordName = read === null ? null : (record.data ?? null);

  useEffect(() => {
    document.title = documentTitle(route, recordName, (key, params) => translate(locale, key, params));
  }, [route, recordName, locale]);
}
