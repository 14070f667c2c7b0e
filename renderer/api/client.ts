// The renderer's only way to data: the typed `call` over whichever transport
// the host provides — the Electron preload bridge, or loopback HTTP with the
// per-run token from the browser host's URL.
import { typedCall, type Call, type DesktopBridge, type Transport } from '../../shared/api/client';
import type { ApiResponse } from '../../shared/api/errors';

declare global {
  interface Window {
    commissionDesk?: DesktopBridge;
  }
}

const TOKEN_KEY = 'commission-desk.token';

function browserToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null) {
    // SECURITY: keep the token out of the address bar and history once read.
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401)
        return { ok: false, error: { code: 'internal', reason: 'no_token', message: 'This page was opened without the access token. Open the address the app printed when it started.' } };
      return (await response.json()) as ApiResponse<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', reason: 'host_unreachable', message: 'Commission Desk is not running. Start it again and reload this page.' } };
    }
  };
}

function pickTransport(): Transport {
  if (window.commissionDesk) return window.commissionDesk.call;
  return httpTransport(browserToken());
}

export const call: Call = typedCall(pickTransport());
