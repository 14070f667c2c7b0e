import type { ApiError } from '../../shared/api/errors';
import { useLocale } from '../i18n/LocaleContext';

/** An API failure, said plainly, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useLocale();
  return (
    <div className="notice error" role="alert">
      {t('app.error', { message: error.message })}{' '}
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
