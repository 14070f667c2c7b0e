import type { ApiResponse } from './errors';
import type { Input, Method, Result } from './contract';

/** A transport: Electron IPC (preload) or loopback HTTP. Both only forward. */
export type Transport = (method: string, input: unknown) => Promise<ApiResponse<unknown>>;

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<ApiResponse<Result<M>>>;

export function typedCall(transport: Transport): Call {
  return <M extends Method>(method: M, input: Input<M>) =>
    transport(method, input) as Promise<ApiResponse<Result<M>>>;
}

/** What the Electron preload exposes on window.commissionDesk: one named function. */
export type DesktopBridge = Readonly<{ call: Transport }>;

/** The Electron IPC channel that carries every API call. */
export const IPC_CHANNEL = 'commission-desk:call';
