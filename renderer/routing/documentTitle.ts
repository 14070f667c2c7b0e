import type { MessageKey } from '../../shared/i18n/catalog';
import { routeSpec, type Route } from './routes';

type Translate = (key: MessageKey, params?: Readonly<Record<string, string>>) => string;

/** "Cases — Commission Desk"; "Case CAFTA-2026-001 — Commission Desk" once the record's name is known. */
export function documentTitle(route: Route, recordName: string | null, t: Translate): string {
  const app = t('app.name');
  if (route.name === 'notFound') return `${t('notFound.title')} — ${app}`;
  const spec = routeSpec(route.name);
  const record: { title: MessageKey } | undefined = spec.record;
  const screen = record !== undefined && recordName !== null ? t(record.title, { name: recordName }) : t(spec.title);
  return `${screen} — ${app}`;
}
