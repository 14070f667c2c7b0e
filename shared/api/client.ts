import type { ApiResponse } from './errors';
import type { Input, Method, Result } from './contract';

/** A transport: Electron IPC (preload) or loopback HTTP. Both only forward. */
export type Transport = (method: string, input: unknown) => Promise<ApiResponse<unknown>>;

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<ApiResponse<Result<M>>>;

export function typedCall(transport: Transport): Call {
  return <M extends Method>(method: M, input: Input<M>) =>
    transport(method, input) as Promise<ApiResponse<Result<M>>>;
}

/**
 * What the Electron preload exposes on window.commissionDesk: the API call,
 * and the system's file dialogs (Backups: save a copy to a folder, restore
 * from a file), which answer a path or null when cancelled.
 */
export type DesktopBridge = Readonly<{
  call: Transport;
  chooseFolder?: () => Promise<string | null>;
  chooseFile?: () => Promise<string | null>;
}>;

/** The Electron IPC channel that carries every API call. */
export const IPC_CHANNEL = 'commission-desk:call';

/** The channel of the file dialogs; its one argument says which. */
export const DIALOG_CHANNEL = 'commission-desk:choose';
export type DialogKind = 'folder' | 'file';
