import { useLocale } from '../i18n/LocaleContext';
import { routeHref } from '../routing/routes';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useLocale();
  return (
    <div className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <a href={routeHref({ name: 'dashboard' })}>{t('notFound.home')}</a>
      </p>
    </div>
  );
}
