import { useEffect, useState } from 'react';
import { translate } from '../../shared/i18n/catalog';
import { useLocale } from '../i18n/LocaleContext';
import { routeParams, routeSpec, type Route } from './routes';
import { documentTitle } from './documentTitle';

/**
 * The browser tab names the screen and, on a record's screen, the record
 * ("Case CAFTA-2026-001 — Commission Desk"), in the UI language. The record's
 * name arrives after the screen opens; until then the title names the screen.
 */
export function useDocumentTitle(route: Route): void {
  const { locale } = useLocale();
  const address = route.name === 'notFound' ? route.path : JSON.stringify([route.name, routeParams(route)]);
  const [record, setRecord] = useState<Readonly<{ address: string; name: string }> | null>(null);

  useEffect(() => {
    if (route.name === 'notFound') return;
    const find = routeSpec(route.name).record?.name as ((params: Readonly<Record<string, string>>) => Promise<string | null>) | undefined;
    if (find === undefined) return;
    let current = true;
    void find(routeParams(route)).then((name) => {
      if (current && name !== null) setRecord({ address, name });
    });
    return () => {
      current = false;
    };
    // `address` stands for the route: the same screen and parameters need no new look-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address]);

  const recordName = record !== null && record.address === address ? record.name : null;
  useEffect(() => {
    document.title = documentTitle(route, recordName, (key, params) => translate(locale, key, params));
  }, [route, recordName, locale]);
}
