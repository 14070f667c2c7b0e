// Restore for any record in the Trash: the command its kind declares
// (TRASH_RESTORE in shared/trash/api.ts), and on success everything on screen
// read again, as useCommand does. The kind is known only at run time, so this
// is one mutation over the registry rather than a useCommand per kind.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiResponse } from '../../shared/api/errors';
import { TRASH_RESTORE, type TrashItem } from '../../shared/trash/api';
import { call } from '../api/client';
import { invalidateAfterCommand } from '../api/queries';

export type Restore = (item: TrashItem) => Promise<ApiResponse<unknown>>;

export function useRestore(): Restore {
  const client = useQueryClient();
  const mutation = useMutation<ApiResponse<unknown>, never, TrashItem>({
    mutationFn: (item) => call(TRASH_RESTORE[item.type], { id: item.id }),
    onSuccess: (response) => (response.ok ? invalidateAfterCommand(client) : undefined),
  });
  return mutation.mutateAsync;
}
