// What decides between the app and the recovery screen (issue 7 §1): the data
// service's state (system.status). While the file is checked at start the app
// is usable and a change waits for the check, with a short notice; once the
// file is found damaged — at start or by any call answering `corrupt` — the
// recovery screen is shown instead of the app.
import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import type { ApiError } from '../../shared/api/errors';
import { answeredCorrupt } from './answers';
import { apiQueryKey, useQueryMethod } from '../api/queries';
import { useLocale } from '../i18n/LocaleContext';
import { BackupFailureNotice } from './BackupFailureNotice';
import { RecoveryScreen } from './RecoveryScreen';
import './recovery.css';

const STATUS_KEY = apiQueryKey('system.status', {});

export function DataGate({ children }: { children: ReactNode }) {
  // Every second while the file is checked; then every minute, which is how a
  // failed daily backup (taken after a call, in the background) is seen.
  const status = useQueryMethod('system.status', {}, { refetchInterval: (query) => (query.state.data?.state === 'checking' ? 1_000 : 60_000) });
  useDamageWatch();
  if (status.data?.state === 'damaged') return <RecoveryScreen status={status.data} />;
  return (
    <>
      {children}
      {status.data?.state === 'checking' && <CheckingNotice />}
      {status.data?.backupFailure != null && <BackupFailureNotice failure={status.data.backupFailure} />}
    </>
  );
}

/** Shown only while a change waits for the check: reading needs no notice. */
function CheckingNotice() {
  const { t } = useLocale();
  const waiting = useIsMutating() > 0;
  return (
    <div className="checking-notice" role="status">
      {waiting ? t('recovery.checking') : ''}
    </div>
  );
}

/** Any read or command answered `corrupt`: ask the service again, which then says damaged. */
function useDamageWatch(): void {
  const client = useQueryClient();
  useEffect(() => {
    const recheck = () => void client.invalidateQueries({ queryKey: STATUS_KEY });
    const offQueries = client.getQueryCache().subscribe((event) => {
      const error = event.query.state.error as ApiError | null;
      if (event.type === 'updated' && error?.code === 'corrupt' && event.query.queryKey[0] !== 'system.status') recheck();
    });
    const offMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && answeredCorrupt(event.mutation?.state.data)) recheck();
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [client]);
}
