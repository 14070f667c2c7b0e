import type { ApiError } from '../../shared/api/errors';
import { apiErrorText } from '../i18n/apiErrors';
import { useLocale } from '../i18n/LocaleContext';

/** An API failure, said plainly in the UI language (by its code), with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const tools = useLocale();
  const { t } = tools;
  return (
    <div className="notice error" role="alert">
      {t('app.error', { message: apiErrorText(error, tools) })}{' '}
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
