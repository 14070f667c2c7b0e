import { useSyncExternalStore } from 'react';
import { parseRoute, routeHref, type Route } from './routes';

// history.replaceState changes the address without a hashchange event; this
// one tells the app's subscribers that it did.
const REPLACED = 'commission-desk:route-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/**
 * Goes to a route. `replace` rewrites the current history entry instead of
 * adding one: a screen's own view (a filter, a sort) changes the address so
 * reload and bookmarks keep it, but Back still leaves the screen rather than
 * undoing each filter one by one.
 */
export function navigate(route: Route, options: Readonly<{ replace?: boolean }> = {}): void {
  const href = routeHref(route);
  if (options.replace !== true) {
    window.location.hash = href;
    return;
  }
  if (window.location.hash === href) return;
  // The entry's state (its remembered scroll positions) stays with it.
  window.history.replaceState(window.history.state, '', href);
  window.dispatchEvent(new Event(REPLACED));
}
