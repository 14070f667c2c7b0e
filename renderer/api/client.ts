// The renderer's only way to data: the typed `call` over whichever transport
// the host provides — the Electron preload bridge, or loopback HTTP with the
// browser host's session cookie.
import { typedCall, type Call, type DesktopBridge, type Transport } from '../../shared/api/client';
import type { ApiResponse } from '../../shared/api/errors';

declare global {
  interface Window {
    commissionDesk?: DesktopBridge;
  }
}

/**
 * Loopback HTTP. The page holds no token: the host exchanged the printed
 * `?token=` address for an HttpOnly session cookie before this script ran
 * (electron/browser/server.ts), and fetch sends that cookie with every
 * same-origin call — so a case opened in a new tab, a reload or a bookmark
 * within the browser session works too.
 */
function httpTransport(): Transport {
  return async (method, input) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        credentials: 'same-origin', // SECURITY: the session cookie goes to our own host only
        headers: { 'Content-Type': 'application/json' },
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
  return httpTransport();
}

export const call: Call = typedCall(pickTransport());
